using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace ClinicalProject.GapAnalysis.Data.Migrations
{
    /// <inheritdoc />
    public partial class AnalysesGapsAndMatrices : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "Analyses",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    Version = table.Column<long>(type: "bigint", nullable: false),
                    Trigger = table.Column<string>(type: "nvarchar(16)", maxLength: 16, nullable: false),
                    CreatedAtUtc = table.Column<DateTime>(type: "datetime2", nullable: false),
                    ProfileId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    ProfileVersion = table.Column<long>(type: "bigint", nullable: false),
                    HierarchyVersion = table.Column<string>(type: "nvarchar(64)", maxLength: 64, nullable: false),
                    PopulationDatasetVersion = table.Column<string>(type: "nvarchar(64)", maxLength: 64, nullable: false),
                    PopulationContentHash = table.Column<string>(type: "nvarchar(64)", maxLength: 64, nullable: false),
                    DeprivationVersion = table.Column<string>(type: "nvarchar(64)", maxLength: 64, nullable: true),
                    Period = table.Column<int>(type: "int", nullable: false),
                    ProjectionVersion = table.Column<string>(type: "nvarchar(64)", maxLength: 64, nullable: true),
                    ProjectedPeriod = table.Column<int>(type: "int", nullable: true),
                    InventoryVersion = table.Column<string>(type: "nvarchar(64)", maxLength: 64, nullable: false),
                    TravelTimeMatrixVersion = table.Column<string>(type: "nvarchar(64)", maxLength: 64, nullable: true),
                    Parameters = table.Column<string>(type: "nvarchar(max)", nullable: false),
                    InputVersions = table.Column<string>(type: "nvarchar(max)", nullable: false),
                    InputSnapshot = table.Column<byte[]>(type: "varbinary(max)", nullable: false),
                    Summary = table.Column<string>(type: "nvarchar(max)", nullable: false),
                    Programs = table.Column<string>(type: "nvarchar(32)", maxLength: 32, nullable: false),
                    GapCount = table.Column<int>(type: "int", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Analyses", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "InputChanges",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("SqlServer:Identity", "1, 1"),
                    Source = table.Column<string>(type: "nvarchar(16)", maxLength: 16, nullable: false),
                    Reference = table.Column<string>(type: "nvarchar(64)", maxLength: 64, nullable: false),
                    ReceivedAtUtc = table.Column<DateTime>(type: "datetime2", nullable: false),
                    ConsumedBy = table.Column<Guid>(type: "uniqueidentifier", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_InputChanges", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "TravelTimeMatrices",
                columns: table => new
                {
                    Version = table.Column<string>(type: "nvarchar(64)", maxLength: 64, nullable: false),
                    ContentHash = table.Column<string>(type: "nvarchar(64)", maxLength: 64, nullable: false),
                    EntryCount = table.Column<int>(type: "int", nullable: false),
                    ImportedAtUtc = table.Column<DateTime>(type: "datetime2", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_TravelTimeMatrices", x => x.Version);
                });

            migrationBuilder.CreateTable(
                name: "AccessScores",
                columns: table => new
                {
                    AnalysisId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    Program = table.Column<int>(type: "int", nullable: false),
                    TerritoryCode = table.Column<string>(type: "nvarchar(32)", maxLength: 32, nullable: false),
                    Level = table.Column<string>(type: "nvarchar(16)", maxLength: 16, nullable: false),
                    Demand = table.Column<double>(type: "float", nullable: false),
                    Population = table.Column<double>(type: "float", nullable: false),
                    Score = table.Column<double>(type: "float", nullable: false),
                    PopulationWithoutService = table.Column<double>(type: "float", nullable: false),
                    Latitude = table.Column<double>(type: "float", nullable: true),
                    Longitude = table.Column<double>(type: "float", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_AccessScores", x => new { x.AnalysisId, x.Program, x.TerritoryCode });
                    table.ForeignKey(
                        name: "FK_AccessScores_Analyses_AnalysisId",
                        column: x => x.AnalysisId,
                        principalTable: "Analyses",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "Gaps",
                columns: table => new
                {
                    AnalysisId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    Key = table.Column<string>(type: "nvarchar(200)", maxLength: 200, nullable: false),
                    Type = table.Column<string>(type: "nvarchar(16)", maxLength: 16, nullable: false),
                    Rule = table.Column<string>(type: "nvarchar(64)", maxLength: 64, nullable: false),
                    Program = table.Column<int>(type: "int", nullable: false),
                    TerritoryCode = table.Column<string>(type: "nvarchar(32)", maxLength: 32, nullable: false),
                    Subject = table.Column<string>(type: "nvarchar(100)", maxLength: 100, nullable: true),
                    Severity = table.Column<double>(type: "float", nullable: false),
                    PeopleAffected = table.Column<double>(type: "float", nullable: false),
                    Priority = table.Column<double>(type: "float", nullable: false),
                    Rank = table.Column<int>(type: "int", nullable: false),
                    DeprivationWeight = table.Column<double>(type: "float", nullable: false),
                    MeanQuintile = table.Column<double>(type: "float", nullable: true),
                    ProgramWeight = table.Column<double>(type: "float", nullable: false),
                    Figures = table.Column<string>(type: "nvarchar(max)", nullable: false),
                    Thresholds = table.Column<string>(type: "nvarchar(max)", nullable: false),
                    SentenceFr = table.Column<string>(type: "nvarchar(max)", nullable: false),
                    SentenceEn = table.Column<string>(type: "nvarchar(max)", nullable: false),
                    Suggestions = table.Column<string>(type: "nvarchar(max)", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Gaps", x => new { x.AnalysisId, x.Key });
                    table.ForeignKey(
                        name: "FK_Gaps_Analyses_AnalysisId",
                        column: x => x.AnalysisId,
                        principalTable: "Analyses",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "TravelTimes",
                columns: table => new
                {
                    MatrixVersion = table.Column<string>(type: "nvarchar(64)", maxLength: 64, nullable: false),
                    OriginCode = table.Column<string>(type: "nvarchar(32)", maxLength: 32, nullable: false),
                    SiteId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    Minutes = table.Column<double>(type: "float", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_TravelTimes", x => new { x.MatrixVersion, x.OriginCode, x.SiteId });
                    table.ForeignKey(
                        name: "FK_TravelTimes_TravelTimeMatrices_MatrixVersion",
                        column: x => x.MatrixVersion,
                        principalTable: "TravelTimeMatrices",
                        principalColumn: "Version",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_Analyses_Version",
                table: "Analyses",
                column: "Version",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Gaps_AnalysisId_Rank",
                table: "Gaps",
                columns: new[] { "AnalysisId", "Rank" });

            migrationBuilder.CreateIndex(
                name: "IX_InputChanges_ConsumedBy",
                table: "InputChanges",
                column: "ConsumedBy");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "AccessScores");

            migrationBuilder.DropTable(
                name: "Gaps");

            migrationBuilder.DropTable(
                name: "InputChanges");

            migrationBuilder.DropTable(
                name: "TravelTimes");

            migrationBuilder.DropTable(
                name: "Analyses");

            migrationBuilder.DropTable(
                name: "TravelTimeMatrices");
        }
    }
}
