using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace DataForLife.Web.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class CatalogueAudience : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "Audience",
                table: "DataSets",
                type: "TEXT",
                maxLength: 20,
                nullable: false,
                defaultValue: "Everyone"); // entries from before the setting stay open to everyone, as they were
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "Audience",
                table: "DataSets");
        }
    }
}
