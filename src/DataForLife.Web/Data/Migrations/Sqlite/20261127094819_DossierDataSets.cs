using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace DataForLife.Web.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class DossierDataSets : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "CatalogueSlugs",
                table: "DossierVersions",
                type: "TEXT",
                maxLength: 2000,
                nullable: false,
                defaultValue: "");

            migrationBuilder.CreateTable(
                name: "DossierDataSets",
                columns: table => new
                {
                    DossierId = table.Column<int>(type: "INTEGER", nullable: false),
                    DataSetId = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_DossierDataSets", x => new { x.DossierId, x.DataSetId });
                    table.ForeignKey(
                        name: "FK_DossierDataSets_DataSets_DataSetId",
                        column: x => x.DataSetId,
                        principalTable: "DataSets",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_DossierDataSets_Dossiers_DossierId",
                        column: x => x.DossierId,
                        principalTable: "Dossiers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_DossierDataSets_DataSetId",
                table: "DossierDataSets",
                column: "DataSetId");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "DossierDataSets");

            migrationBuilder.DropColumn(
                name: "CatalogueSlugs",
                table: "DossierVersions");
        }
    }
}
