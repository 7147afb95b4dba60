using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace DataForLife.Web.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class MentorsAndFinal : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "Expertise",
                table: "StaffMembers",
                type: "TEXT",
                maxLength: 1000,
                nullable: false,
                defaultValue: "");

            // Mentors already on the roster take one team each, the plan's default.
            migrationBuilder.AddColumn<int>(
                name: "MentorCapacity",
                table: "StaffMembers",
                type: "INTEGER",
                nullable: false,
                defaultValue: 1);

            migrationBuilder.CreateTable(
                name: "FinalRuns",
                columns: table => new
                {
                    EditionId = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    StartedAtUtc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    EndsAtUtc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    StartedByUserId = table.Column<string>(type: "TEXT", maxLength: 450, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_FinalRuns", x => x.EditionId);
                    table.ForeignKey(
                        name: "FK_FinalRuns_Editions_EditionId",
                        column: x => x.EditionId,
                        principalTable: "Editions",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "FinalTickets",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    EditionId = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    TeamId = table.Column<int>(type: "INTEGER", nullable: false),
                    UserId = table.Column<string>(type: "TEXT", maxLength: 450, nullable: false),
                    Code = table.Column<string>(type: "TEXT", maxLength: 12, nullable: false),
                    IssuedAtUtc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    CheckedInAtUtc = table.Column<DateTime>(type: "TEXT", nullable: true),
                    CheckedInByUserId = table.Column<string>(type: "TEXT", maxLength: 450, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_FinalTickets", x => x.Id);
                    table.ForeignKey(
                        name: "FK_FinalTickets_Teams_TeamId",
                        column: x => x.TeamId,
                        principalTable: "Teams",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "HandIns",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    EditionId = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    TeamId = table.Column<int>(type: "INTEGER", nullable: false),
                    LatestVersion = table.Column<int>(type: "INTEGER", nullable: false),
                    ExtendedUntilUtc = table.Column<DateTime>(type: "TEXT", nullable: true),
                    ExtensionReason = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true),
                    Revision = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_HandIns", x => x.Id);
                    table.ForeignKey(
                        name: "FK_HandIns_Teams_TeamId",
                        column: x => x.TeamId,
                        principalTable: "Teams",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "MentorAssignments",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    EditionId = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    TeamId = table.Column<int>(type: "INTEGER", nullable: false),
                    StaffMemberId = table.Column<int>(type: "INTEGER", nullable: false),
                    MatchedTags = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: false),
                    ConfirmedByUserId = table.Column<string>(type: "TEXT", maxLength: 450, nullable: false),
                    ConfirmedAtUtc = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_MentorAssignments", x => x.Id);
                    table.ForeignKey(
                        name: "FK_MentorAssignments_StaffMembers_StaffMemberId",
                        column: x => x.StaffMemberId,
                        principalTable: "StaffMembers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_MentorAssignments_Teams_TeamId",
                        column: x => x.TeamId,
                        principalTable: "Teams",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "MentoringNotes",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    EditionId = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    TeamId = table.Column<int>(type: "INTEGER", nullable: false),
                    Kind = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    Text = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: false),
                    MeetingAtUtc = table.Column<DateTime>(type: "TEXT", nullable: true),
                    AuthorUserId = table.Column<string>(type: "TEXT", maxLength: 450, nullable: false),
                    AuthorName = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    ByMentor = table.Column<bool>(type: "INTEGER", nullable: false),
                    FileName = table.Column<string>(type: "TEXT", maxLength: 120, nullable: true),
                    FileContentType = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true),
                    FileSize = table.Column<long>(type: "INTEGER", nullable: true),
                    FileSha256 = table.Column<string>(type: "TEXT", maxLength: 64, nullable: true),
                    FileStorageKey = table.Column<string>(type: "TEXT", maxLength: 32, nullable: true),
                    CreatedAtUtc = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_MentoringNotes", x => x.Id);
                    table.ForeignKey(
                        name: "FK_MentoringNotes_Teams_TeamId",
                        column: x => x.TeamId,
                        principalTable: "Teams",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "HandInVersions",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    HandInId = table.Column<int>(type: "INTEGER", nullable: false),
                    Number = table.Column<int>(type: "INTEGER", nullable: false),
                    RepositoryUrl = table.Column<string>(type: "TEXT", maxLength: 500, nullable: false),
                    VideoUrl = table.Column<string>(type: "TEXT", maxLength: 500, nullable: false),
                    Changelog = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: false),
                    FileIds = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: false),
                    SavedByUserId = table.Column<string>(type: "TEXT", maxLength: 450, nullable: false),
                    SavedByName = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    SavedAtUtc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    Checksum = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_HandInVersions", x => x.Id);
                    table.ForeignKey(
                        name: "FK_HandInVersions_HandIns_HandInId",
                        column: x => x.HandInId,
                        principalTable: "HandIns",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_FinalTickets_Code",
                table: "FinalTickets",
                column: "Code",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_FinalTickets_EditionId_UserId",
                table: "FinalTickets",
                columns: new[] { "EditionId", "UserId" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_FinalTickets_TeamId",
                table: "FinalTickets",
                column: "TeamId");

            migrationBuilder.CreateIndex(
                name: "IX_HandIns_TeamId",
                table: "HandIns",
                column: "TeamId",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_HandInVersions_HandInId_Number",
                table: "HandInVersions",
                columns: new[] { "HandInId", "Number" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_MentorAssignments_EditionId_TeamId",
                table: "MentorAssignments",
                columns: new[] { "EditionId", "TeamId" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_MentorAssignments_StaffMemberId",
                table: "MentorAssignments",
                column: "StaffMemberId");

            migrationBuilder.CreateIndex(
                name: "IX_MentorAssignments_TeamId",
                table: "MentorAssignments",
                column: "TeamId");

            migrationBuilder.CreateIndex(
                name: "IX_MentoringNotes_TeamId_CreatedAtUtc",
                table: "MentoringNotes",
                columns: new[] { "TeamId", "CreatedAtUtc" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "FinalRuns");

            migrationBuilder.DropTable(
                name: "FinalTickets");

            migrationBuilder.DropTable(
                name: "HandInVersions");

            migrationBuilder.DropTable(
                name: "MentorAssignments");

            migrationBuilder.DropTable(
                name: "MentoringNotes");

            migrationBuilder.DropTable(
                name: "HandIns");

            migrationBuilder.DropColumn(
                name: "Expertise",
                table: "StaffMembers");

            migrationBuilder.DropColumn(
                name: "MentorCapacity",
                table: "StaffMembers");
        }
    }
}
