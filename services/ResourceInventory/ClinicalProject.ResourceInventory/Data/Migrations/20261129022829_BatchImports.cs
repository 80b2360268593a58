using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace ClinicalProject.ResourceInventory.Data.Migrations
{
    /// <inheritdoc />
    public partial class BatchImports : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "BatchImports",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    ContentHash = table.Column<string>(type: "nvarchar(64)", maxLength: 64, nullable: false),
                    ItemCount = table.Column<int>(type: "int", nullable: false),
                    Ids = table.Column<string>(type: "nvarchar(max)", nullable: false),
                    ImportedAtUtc = table.Column<DateTime>(type: "datetime2", nullable: false),
                    ImportedBy = table.Column<string>(type: "nvarchar(200)", maxLength: 200, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_BatchImports", x => x.Id);
                });

            migrationBuilder.CreateIndex(
                name: "IX_BatchImports_ContentHash",
                table: "BatchImports",
                column: "ContentHash",
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "BatchImports");
        }
    }
}
