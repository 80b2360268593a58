using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace ClinicalProject.ImpactFollowUp.Data.Migrations
{
    /// <inheritdoc />
    public partial class KnownGaps : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "KnownAnalyses",
                columns: table => new
                {
                    AnalysisId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    Version = table.Column<long>(type: "bigint", nullable: false),
                    GapCount = table.Column<int>(type: "int", nullable: false),
                    CompletedAtUtc = table.Column<DateTime>(type: "datetime2", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_KnownAnalyses", x => x.AnalysisId);
                });

            migrationBuilder.CreateTable(
                name: "KnownGaps",
                columns: table => new
                {
                    AnalysisVersion = table.Column<long>(type: "bigint", nullable: false),
                    Key = table.Column<string>(type: "nvarchar(200)", maxLength: 200, nullable: false),
                    AnalysisId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    Type = table.Column<string>(type: "nvarchar(40)", maxLength: 40, nullable: false),
                    Rule = table.Column<string>(type: "nvarchar(64)", maxLength: 64, nullable: false),
                    Program = table.Column<int>(type: "int", nullable: false),
                    Territory = table.Column<string>(type: "nvarchar(64)", maxLength: 64, nullable: false),
                    Priority = table.Column<double>(type: "float", nullable: false),
                    SentenceEn = table.Column<string>(type: "nvarchar(4000)", maxLength: 4000, nullable: false),
                    SentenceFr = table.Column<string>(type: "nvarchar(4000)", maxLength: 4000, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_KnownGaps", x => new { x.AnalysisVersion, x.Key });
                });

            migrationBuilder.CreateIndex(
                name: "IX_KnownAnalyses_Version",
                table: "KnownAnalyses",
                column: "Version",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_KnownGaps_Key",
                table: "KnownGaps",
                column: "Key");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "KnownAnalyses");

            migrationBuilder.DropTable(
                name: "KnownGaps");
        }
    }
}
