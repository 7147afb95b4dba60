using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace DataForLife.Web.Data.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class PersonKeyPerEdition : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "PersonKey",
                table: "TeamMembers",
                type: "character varying(20)",
                maxLength: 20,
                nullable: true);

            // Existing members get their profile's document number, except a later member whose number an earlier
            // member of the same edition already holds: organisers see those on the teams page (same identity number).
            migrationBuilder.Sql("""
                UPDATE "TeamMembers" SET "PersonKey" = (SELECT p."DocumentNumber" FROM "Profiles" p WHERE p."UserId" = "TeamMembers"."UserId")
                WHERE EXISTS (SELECT 1 FROM "Profiles" p WHERE p."UserId" = "TeamMembers"."UserId" AND p."DocumentNumber" <> '')
                  AND NOT EXISTS (
                    SELECT 1 FROM "TeamMembers" o
                    JOIN "Profiles" op ON op."UserId" = o."UserId"
                    JOIN "Profiles" mp ON mp."UserId" = "TeamMembers"."UserId"
                    WHERE o."EditionId" = "TeamMembers"."EditionId" AND o."Id" < "TeamMembers"."Id" AND op."DocumentNumber" = mp."DocumentNumber");
                """);

            migrationBuilder.CreateIndex(
                name: "IX_TeamMembers_EditionId_PersonKey",
                table: "TeamMembers",
                columns: new[] { "EditionId", "PersonKey" },
                unique: true,
                filter: "\"PersonKey\" IS NOT NULL");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_TeamMembers_EditionId_PersonKey",
                table: "TeamMembers");

            migrationBuilder.DropColumn(
                name: "PersonKey",
                table: "TeamMembers");
        }
    }
}
