using System;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

namespace DataForLife.Web.Data.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class Judging : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "UserId",
                table: "StaffMembers",
                type: "character varying(450)",
                maxLength: 450,
                nullable: true);

            migrationBuilder.CreateTable(
                name: "Assignments",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    EditionId = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    RoundCode = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    TeamId = table.Column<int>(type: "integer", nullable: false),
                    JudgeUserId = table.Column<string>(type: "character varying(450)", maxLength: 450, nullable: false),
                    ByHand = table.Column<bool>(type: "boolean", nullable: false),
                    CreatedAtUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Assignments", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Assignments_Teams_TeamId",
                        column: x => x.TeamId,
                        principalTable: "Teams",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "DeclaredConflicts",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    EditionId = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    JudgeUserId = table.Column<string>(type: "character varying(450)", maxLength: 450, nullable: false),
                    TeamId = table.Column<int>(type: "integer", nullable: true),
                    Organisation = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    OrganisationKey = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    Reason = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: false),
                    DeclaredAtUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_DeclaredConflicts", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "PitchOrders",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    EditionId = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    RoundCode = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    Seed = table.Column<long>(type: "bigint", nullable: false),
                    Codes = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: false),
                    DrawnByUserId = table.Column<string>(type: "character varying(450)", maxLength: 450, nullable: false),
                    DrawnAtUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_PitchOrders", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "PitchSessions",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    EditionId = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    Venue = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    StartsAtUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    SlotMinutes = table.Column<int>(type: "integer", nullable: false),
                    Slots = table.Column<int>(type: "integer", nullable: false),
                    MeetingLink = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: true),
                    JudgeIds = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_PitchSessions", x => x.Id);
                    table.ForeignKey(
                        name: "FK_PitchSessions_Editions_EditionId",
                        column: x => x.EditionId,
                        principalTable: "Editions",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "RoundPublications",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    EditionId = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    RoundCode = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    StandingsJson = table.Column<string>(type: "text", nullable: false),
                    Hash = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    PublishedByUserId = table.Column<string>(type: "character varying(450)", maxLength: 450, nullable: false),
                    PublishedAtUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_RoundPublications", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "ScoreSheets",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    EditionId = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    RoundCode = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    TeamId = table.Column<int>(type: "integer", nullable: false),
                    JudgeUserId = table.Column<string>(type: "character varying(450)", maxLength: 450, nullable: false),
                    ScoresJson = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: false),
                    Notes = table.Column<string>(type: "character varying(8000)", maxLength: 8000, nullable: false),
                    Status = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    UpdatedAtUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    SubmittedAtUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    Version = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ScoreSheets", x => x.Id);
                    table.ForeignKey(
                        name: "FK_ScoreSheets_Teams_TeamId",
                        column: x => x.TeamId,
                        principalTable: "Teams",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "TieDecisions",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    EditionId = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    RoundCode = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    TeamIds = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: false),
                    Reason = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: false),
                    DecidedByUserId = table.Column<string>(type: "character varying(450)", maxLength: 450, nullable: false),
                    DecidedAtUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_TieDecisions", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "PitchSlots",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    SessionId = table.Column<int>(type: "integer", nullable: false),
                    EditionId = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    Position = table.Column<int>(type: "integer", nullable: false),
                    TeamId = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_PitchSlots", x => x.Id);
                    table.ForeignKey(
                        name: "FK_PitchSlots_PitchSessions_SessionId",
                        column: x => x.SessionId,
                        principalTable: "PitchSessions",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_PitchSlots_Teams_TeamId",
                        column: x => x.TeamId,
                        principalTable: "Teams",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_StaffMembers_UserId",
                table: "StaffMembers",
                column: "UserId");

            migrationBuilder.CreateIndex(
                name: "IX_Assignments_EditionId_RoundCode_TeamId_JudgeUserId",
                table: "Assignments",
                columns: new[] { "EditionId", "RoundCode", "TeamId", "JudgeUserId" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Assignments_TeamId",
                table: "Assignments",
                column: "TeamId");

            migrationBuilder.CreateIndex(
                name: "IX_DeclaredConflicts_EditionId_JudgeUserId",
                table: "DeclaredConflicts",
                columns: new[] { "EditionId", "JudgeUserId" });

            migrationBuilder.CreateIndex(
                name: "IX_PitchOrders_EditionId_RoundCode",
                table: "PitchOrders",
                columns: new[] { "EditionId", "RoundCode" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_PitchSessions_EditionId",
                table: "PitchSessions",
                column: "EditionId");

            migrationBuilder.CreateIndex(
                name: "IX_PitchSlots_EditionId_TeamId",
                table: "PitchSlots",
                columns: new[] { "EditionId", "TeamId" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_PitchSlots_SessionId_Position",
                table: "PitchSlots",
                columns: new[] { "SessionId", "Position" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_PitchSlots_TeamId",
                table: "PitchSlots",
                column: "TeamId");

            migrationBuilder.CreateIndex(
                name: "IX_RoundPublications_EditionId_RoundCode",
                table: "RoundPublications",
                columns: new[] { "EditionId", "RoundCode" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_ScoreSheets_EditionId_RoundCode_TeamId_JudgeUserId",
                table: "ScoreSheets",
                columns: new[] { "EditionId", "RoundCode", "TeamId", "JudgeUserId" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_ScoreSheets_TeamId",
                table: "ScoreSheets",
                column: "TeamId");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "Assignments");

            migrationBuilder.DropTable(
                name: "DeclaredConflicts");

            migrationBuilder.DropTable(
                name: "PitchOrders");

            migrationBuilder.DropTable(
                name: "PitchSlots");

            migrationBuilder.DropTable(
                name: "RoundPublications");

            migrationBuilder.DropTable(
                name: "ScoreSheets");

            migrationBuilder.DropTable(
                name: "TieDecisions");

            migrationBuilder.DropTable(
                name: "PitchSessions");

            migrationBuilder.DropIndex(
                name: "IX_StaffMembers_UserId",
                table: "StaffMembers");

            migrationBuilder.DropColumn(
                name: "UserId",
                table: "StaffMembers");
        }
    }
}
