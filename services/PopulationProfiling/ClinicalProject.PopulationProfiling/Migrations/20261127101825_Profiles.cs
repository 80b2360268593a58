using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace ClinicalProject.PopulationProfiling.Migrations
{
    /// <inheritdoc />
    public partial class Profiles : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "ProfileJobs",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    Sequence = table.Column<long>(type: "bigint", nullable: false),
                    HierarchyVersion = table.Column<string>(type: "nvarchar(32)", maxLength: 32, nullable: false),
                    PopulationDatasetId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    PopulationDatasetVersion = table.Column<string>(type: "nvarchar(32)", maxLength: 32, nullable: false),
                    NumeratorDatasetIds = table.Column<string>(type: "varchar(2000)", unicode: false, maxLength: 2000, nullable: false),
                    DeprivationVersion = table.Column<string>(type: "nvarchar(32)", maxLength: 32, nullable: true),
                    IndicatorCodes = table.Column<string>(type: "varchar(8000)", unicode: false, maxLength: 8000, nullable: false),
                    Periods = table.Column<string>(type: "varchar(2000)", unicode: false, maxLength: 2000, nullable: false),
                    SuppressionThreshold = table.Column<int>(type: "int", nullable: false),
                    State = table.Column<string>(type: "varchar(16)", unicode: false, maxLength: 16, nullable: false),
                    PartitionCount = table.Column<int>(type: "int", nullable: false),
                    CompletedPartitions = table.Column<int>(type: "int", nullable: false),
                    Error = table.Column<string>(type: "nvarchar(2000)", maxLength: 2000, nullable: true),
                    CreatedAtUtc = table.Column<DateTime>(type: "datetime2", nullable: false),
                    CompletedAtUtc = table.Column<DateTime>(type: "datetime2", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ProfileJobs", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "ProfilePartitions",
                columns: table => new
                {
                    JobId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    Partition = table.Column<int>(type: "int", nullable: false),
                    IndicatorCode = table.Column<string>(type: "nvarchar(64)", maxLength: 64, nullable: false),
                    Done = table.Column<bool>(type: "bit", nullable: false),
                    ComputedBy = table.Column<string>(type: "nvarchar(200)", maxLength: 200, nullable: true),
                    CompletedAtUtc = table.Column<DateTime>(type: "datetime2", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ProfilePartitions", x => new { x.JobId, x.Partition });
                    table.ForeignKey(
                        name: "FK_ProfilePartitions_ProfileJobs_JobId",
                        column: x => x.JobId,
                        principalTable: "ProfileJobs",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "ProfileTrends",
                columns: table => new
                {
                    JobId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    IndicatorCode = table.Column<string>(type: "nvarchar(64)", maxLength: 64, nullable: false),
                    TerritoryCode = table.Column<string>(type: "nvarchar(64)", maxLength: 64, nullable: false),
                    Direction = table.Column<string>(type: "varchar(32)", unicode: false, maxLength: 32, nullable: false),
                    PValue = table.Column<double>(type: "float", nullable: true),
                    Periods = table.Column<int>(type: "int", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ProfileTrends", x => new { x.JobId, x.IndicatorCode, x.TerritoryCode });
                    table.ForeignKey(
                        name: "FK_ProfileTrends_ProfileJobs_JobId",
                        column: x => x.JobId,
                        principalTable: "ProfileJobs",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "ProfileValues",
                columns: table => new
                {
                    JobId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    IndicatorCode = table.Column<string>(type: "nvarchar(64)", maxLength: 64, nullable: false),
                    Period = table.Column<int>(type: "int", nullable: false),
                    TerritoryCode = table.Column<string>(type: "nvarchar(64)", maxLength: 64, nullable: false),
                    Quintile = table.Column<byte>(type: "tinyint", nullable: false),
                    Level = table.Column<string>(type: "varchar(16)", unicode: false, maxLength: 16, nullable: false),
                    Count = table.Column<double>(type: "float", nullable: true),
                    Denominator = table.Column<double>(type: "float", nullable: false),
                    Value = table.Column<double>(type: "float", nullable: true),
                    Lower95 = table.Column<double>(type: "float", nullable: true),
                    Upper95 = table.Column<double>(type: "float", nullable: true),
                    Lower998 = table.Column<double>(type: "float", nullable: true),
                    Upper998 = table.Column<double>(type: "float", nullable: true),
                    Method = table.Column<string>(type: "varchar(32)", unicode: false, maxLength: 32, nullable: false),
                    Status = table.Column<string>(type: "varchar(32)", unicode: false, maxLength: 32, nullable: false),
                    Suppression = table.Column<string>(type: "varchar(16)", unicode: false, maxLength: 16, nullable: false),
                    VersusParent = table.Column<string>(type: "varchar(16)", unicode: false, maxLength: 16, nullable: false),
                    VersusProvince = table.Column<string>(type: "varchar(16)", unicode: false, maxLength: 16, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ProfileValues", x => new { x.JobId, x.IndicatorCode, x.Period, x.TerritoryCode, x.Quintile });
                    table.ForeignKey(
                        name: "FK_ProfileValues_ProfileJobs_JobId",
                        column: x => x.JobId,
                        principalTable: "ProfileJobs",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.UpdateData(
                table: "Indicators",
                keyColumn: "Code",
                keyValue: "gp-visits-per-person",
                column: "MeasureType",
                value: "crude-rate");

            migrationBuilder.CreateIndex(
                name: "IX_ProfileJobs_Sequence",
                table: "ProfileJobs",
                column: "Sequence",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_ProfileValues_JobId_IndicatorCode_Period_Level",
                table: "ProfileValues",
                columns: new[] { "JobId", "IndicatorCode", "Period", "Level" });

            migrationBuilder.CreateIndex(
                name: "IX_ProfileValues_JobId_TerritoryCode_Period",
                table: "ProfileValues",
                columns: new[] { "JobId", "TerritoryCode", "Period" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "ProfilePartitions");

            migrationBuilder.DropTable(
                name: "ProfileTrends");

            migrationBuilder.DropTable(
                name: "ProfileValues");

            migrationBuilder.DropTable(
                name: "ProfileJobs");

            migrationBuilder.UpdateData(
                table: "Indicators",
                keyColumn: "Code",
                keyValue: "gp-visits-per-person",
                column: "MeasureType",
                value: "mean");
        }
    }
}
