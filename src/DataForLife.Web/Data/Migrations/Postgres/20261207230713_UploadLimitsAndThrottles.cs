using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace DataForLife.Web.Data.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class UploadLimitsAndThrottles : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<DateTime>(
                name: "PurgedAtUtc",
                table: "DossierFiles",
                type: "timestamp with time zone",
                nullable: true);

            migrationBuilder.CreateTable(
                name: "ThrottleCounters",
                columns: table => new
                {
                    Key = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: false),
                    WindowStart = table.Column<long>(type: "bigint", nullable: false),
                    Count = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ThrottleCounters", x => new { x.Key, x.WindowStart });
                });

            migrationBuilder.CreateIndex(
                name: "IX_ThrottleCounters_WindowStart",
                table: "ThrottleCounters",
                column: "WindowStart");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "ThrottleCounters");

            migrationBuilder.DropColumn(
                name: "PurgedAtUtc",
                table: "DossierFiles");
        }
    }
}
