using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace ClinicalProject.ResourceInventory.Data.Migrations
{
    /// <inheritdoc />
    public partial class AgreementReportedDelays : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "ReportedDelays",
                table: "Agreements",
                type: "nvarchar(max)",
                nullable: false,
                defaultValue: "[]");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "ReportedDelays",
                table: "Agreements");
        }
    }
}
