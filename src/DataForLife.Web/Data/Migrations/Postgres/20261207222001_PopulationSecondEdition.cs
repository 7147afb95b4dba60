using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace DataForLife.Web.Data.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class PopulationSecondEdition : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "LabelsVersion",
                table: "PredictionSubmissions",
                type: "character varying(40)",
                maxLength: 40,
                nullable: true);

            migrationBuilder.AddColumn<DateTime>(
                name: "LabelsReplacedAtUtc",
                table: "DataSets",
                type: "timestamp with time zone",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "LabelsVersion",
                table: "DataSets",
                type: "character varying(40)",
                maxLength: 40,
                nullable: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "LabelsVersion",
                table: "PredictionSubmissions");

            migrationBuilder.DropColumn(
                name: "LabelsReplacedAtUtc",
                table: "DataSets");

            migrationBuilder.DropColumn(
                name: "LabelsVersion",
                table: "DataSets");
        }
    }
}
