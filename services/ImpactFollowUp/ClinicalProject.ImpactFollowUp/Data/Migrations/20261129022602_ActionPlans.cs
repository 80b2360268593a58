using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace ClinicalProject.ImpactFollowUp.Data.Migrations
{
    /// <inheritdoc />
    public partial class ActionPlans : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "ActionPlans",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    Reference = table.Column<string>(type: "nvarchar(300)", maxLength: 300, nullable: true),
                    Title = table.Column<string>(type: "nvarchar(300)", maxLength: 300, nullable: false),
                    Description = table.Column<string>(type: "nvarchar(4000)", maxLength: 4000, nullable: true),
                    Program = table.Column<int>(type: "int", nullable: false),
                    Gaps = table.Column<string>(type: "nvarchar(max)", nullable: false),
                    Territories = table.Column<string>(type: "nvarchar(max)", nullable: false),
                    CoManagement = table.Column<string>(type: "nvarchar(max)", nullable: false),
                    ClinicalModel = table.Column<string>(type: "nvarchar(300)", maxLength: 300, nullable: true),
                    StartDate = table.Column<DateOnly>(type: "date", nullable: false),
                    EndDate = table.Column<DateOnly>(type: "date", nullable: true),
                    Status = table.Column<string>(type: "nvarchar(40)", maxLength: 40, nullable: false),
                    Evidence = table.Column<string>(type: "nvarchar(max)", nullable: false),
                    Indicators = table.Column<string>(type: "nvarchar(max)", nullable: false),
                    Version = table.Column<int>(type: "int", nullable: false),
                    CreatedAtUtc = table.Column<DateTime>(type: "datetime2", nullable: false),
                    CreatedBy = table.Column<string>(type: "nvarchar(128)", maxLength: 128, nullable: false),
                    UpdatedAtUtc = table.Column<DateTime>(type: "datetime2", nullable: false),
                    UpdatedBy = table.Column<string>(type: "nvarchar(128)", maxLength: 128, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ActionPlans", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "EvaluationDeclarations",
                columns: table => new
                {
                    PlanId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    Version = table.Column<int>(type: "int", nullable: false),
                    Design = table.Column<string>(type: "nvarchar(40)", maxLength: 40, nullable: false),
                    Outcomes = table.Column<string>(type: "nvarchar(max)", nullable: false),
                    InterventionDate = table.Column<DateOnly>(type: "date", nullable: false),
                    ExpectedEffect = table.Column<string>(type: "nvarchar(max)", nullable: false),
                    NeweyWestLag = table.Column<int>(type: "int", nullable: true),
                    SmallSampleCorrection = table.Column<bool>(type: "bit", nullable: false),
                    TreatedTerritories = table.Column<string>(type: "nvarchar(max)", nullable: false),
                    ComparisonTerritories = table.Column<string>(type: "nvarchar(max)", nullable: false),
                    PostInterventionPointsSeen = table.Column<int>(type: "int", nullable: false),
                    Reason = table.Column<string>(type: "nvarchar(4000)", maxLength: 4000, nullable: true),
                    DeclaredBy = table.Column<string>(type: "nvarchar(128)", maxLength: 128, nullable: false),
                    DeclaredAtUtc = table.Column<DateTime>(type: "datetime2", nullable: false),
                    PlanVersion = table.Column<int>(type: "int", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_EvaluationDeclarations", x => new { x.PlanId, x.Version });
                });

            migrationBuilder.CreateTable(
                name: "IndicatorAlerts",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    PlanId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    PlanVersion = table.Column<int>(type: "int", nullable: false),
                    IndicatorCode = table.Column<string>(type: "nvarchar(64)", maxLength: 64, nullable: false),
                    From = table.Column<string>(type: "nvarchar(40)", maxLength: 40, nullable: false),
                    To = table.Column<string>(type: "nvarchar(40)", maxLength: 40, nullable: false),
                    StatusVersion = table.Column<int>(type: "int", nullable: false),
                    Reason = table.Column<string>(type: "nvarchar(4000)", maxLength: 4000, nullable: false),
                    RaisedAtUtc = table.Column<DateTime>(type: "datetime2", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_IndicatorAlerts", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "IndicatorStatuses",
                columns: table => new
                {
                    PlanId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    IndicatorCode = table.Column<string>(type: "nvarchar(64)", maxLength: 64, nullable: false),
                    Status = table.Column<string>(type: "nvarchar(40)", maxLength: 40, nullable: false),
                    StatusVersion = table.Column<int>(type: "int", nullable: false),
                    ProjectedValue = table.Column<double>(type: "float", nullable: true),
                    PointsSinceStart = table.Column<int>(type: "int", nullable: false),
                    Reason = table.Column<string>(type: "nvarchar(4000)", maxLength: 4000, nullable: false),
                    SinceUtc = table.Column<DateTime>(type: "datetime2", nullable: false),
                    AssessedAtUtc = table.Column<DateTime>(type: "datetime2", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_IndicatorStatuses", x => new { x.PlanId, x.IndicatorCode });
                });

            migrationBuilder.CreateTable(
                name: "PlanAudit",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("SqlServer:Identity", "1, 1"),
                    PlanId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    Version = table.Column<int>(type: "int", nullable: false),
                    Action = table.Column<string>(type: "nvarchar(40)", maxLength: 40, nullable: false),
                    ChangedBy = table.Column<string>(type: "nvarchar(128)", maxLength: 128, nullable: false),
                    ChangedAtUtc = table.Column<DateTime>(type: "datetime2", nullable: false),
                    Changes = table.Column<string>(type: "nvarchar(max)", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_PlanAudit", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "PlanStatusChanges",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("SqlServer:Identity", "1, 1"),
                    PlanId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    From = table.Column<string>(type: "nvarchar(40)", maxLength: 40, nullable: true),
                    To = table.Column<string>(type: "nvarchar(40)", maxLength: 40, nullable: false),
                    Reason = table.Column<string>(type: "nvarchar(4000)", maxLength: 4000, nullable: true),
                    PlanVersion = table.Column<int>(type: "int", nullable: false),
                    ChangedBy = table.Column<string>(type: "nvarchar(128)", maxLength: 128, nullable: false),
                    ChangedAtUtc = table.Column<DateTime>(type: "datetime2", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_PlanStatusChanges", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "SeriesValues",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("SqlServer:Identity", "1, 1"),
                    IndicatorCode = table.Column<string>(type: "nvarchar(64)", maxLength: 64, nullable: false),
                    TerritoryCode = table.Column<string>(type: "nvarchar(64)", maxLength: 64, nullable: false),
                    PeriodKind = table.Column<string>(type: "nvarchar(40)", maxLength: 40, nullable: false),
                    PeriodIndex = table.Column<int>(type: "int", nullable: false),
                    Value = table.Column<double>(type: "float", nullable: false),
                    Denominator = table.Column<double>(type: "float", nullable: true),
                    Source = table.Column<string>(type: "nvarchar(300)", maxLength: 300, nullable: false),
                    Note = table.Column<string>(type: "nvarchar(4000)", maxLength: 4000, nullable: true),
                    Revision = table.Column<int>(type: "int", nullable: false),
                    IsCurrent = table.Column<bool>(type: "bit", nullable: false),
                    RecordedBy = table.Column<string>(type: "nvarchar(128)", maxLength: 128, nullable: false),
                    RecordedAtUtc = table.Column<DateTime>(type: "datetime2", nullable: false),
                    SupersededAtUtc = table.Column<DateTime>(type: "datetime2", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_SeriesValues", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "TerritoryTraits",
                columns: table => new
                {
                    TerritoryCode = table.Column<string>(type: "nvarchar(64)", maxLength: 64, nullable: false),
                    Name = table.Column<string>(type: "nvarchar(300)", maxLength: 300, nullable: true),
                    DeprivationQuintile = table.Column<int>(type: "int", nullable: true),
                    Population = table.Column<double>(type: "float", nullable: true),
                    Source = table.Column<string>(type: "nvarchar(300)", maxLength: 300, nullable: false),
                    UpdatedAtUtc = table.Column<DateTime>(type: "datetime2", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_TerritoryTraits", x => x.TerritoryCode);
                });

            migrationBuilder.CreateIndex(
                name: "IX_ActionPlans_Reference",
                table: "ActionPlans",
                column: "Reference",
                unique: true,
                filter: "[Reference] IS NOT NULL");

            migrationBuilder.CreateIndex(
                name: "IX_ActionPlans_Status",
                table: "ActionPlans",
                column: "Status");

            migrationBuilder.CreateIndex(
                name: "IX_IndicatorAlerts_RaisedAtUtc",
                table: "IndicatorAlerts",
                column: "RaisedAtUtc");

            migrationBuilder.CreateIndex(
                name: "IX_PlanAudit_PlanId_Version",
                table: "PlanAudit",
                columns: new[] { "PlanId", "Version" });

            migrationBuilder.CreateIndex(
                name: "IX_PlanStatusChanges_PlanId",
                table: "PlanStatusChanges",
                column: "PlanId");

            migrationBuilder.CreateIndex(
                name: "IX_SeriesValues_IndicatorCode_IsCurrent",
                table: "SeriesValues",
                columns: new[] { "IndicatorCode", "IsCurrent" });

            migrationBuilder.CreateIndex(
                name: "IX_SeriesValues_IndicatorCode_TerritoryCode_PeriodIndex_Revision",
                table: "SeriesValues",
                columns: new[] { "IndicatorCode", "TerritoryCode", "PeriodIndex", "Revision" },
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "ActionPlans");

            migrationBuilder.DropTable(
                name: "EvaluationDeclarations");

            migrationBuilder.DropTable(
                name: "IndicatorAlerts");

            migrationBuilder.DropTable(
                name: "IndicatorStatuses");

            migrationBuilder.DropTable(
                name: "PlanAudit");

            migrationBuilder.DropTable(
                name: "PlanStatusChanges");

            migrationBuilder.DropTable(
                name: "SeriesValues");

            migrationBuilder.DropTable(
                name: "TerritoryTraits");
        }
    }
}
