using System;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

namespace DataForLife.Web.Data.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class Voting : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "PartnerKeys",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    Name = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    EditionId = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: true),
                    SecretHash = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    RateLimit = table.Column<int>(type: "integer", nullable: false),
                    CreatedAtUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    CreatedBy = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    RevokedAtUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_PartnerKeys", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "VoteQuarantines",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    EditionId = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    Reason = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: false),
                    FilterJson = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: false),
                    Votes = table.Column<int>(type: "integer", nullable: false),
                    CreatedBy = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    CreatedAtUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    ReleasedAtUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    ReleasedBy = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    ReleaseReason = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_VoteQuarantines", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "VoterCodes",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    Channel = table.Column<string>(type: "character varying(8)", maxLength: 8, nullable: false),
                    Address = table.Column<string>(type: "character varying(254)", maxLength: 254, nullable: false),
                    CodeHash = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    CreatedAtUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    ExpiresAtUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    Attempts = table.Column<int>(type: "integer", nullable: false),
                    UsedAtUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    Network = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_VoterCodes", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "Votes",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    EditionId = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    TeamId = table.Column<int>(type: "integer", nullable: false),
                    VoterKey = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    Day = table.Column<int>(type: "integer", nullable: false),
                    Source = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    PartnerKeyId = table.Column<int>(type: "integer", nullable: true),
                    Network = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    UserAgent = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: false),
                    CastAtUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    Minute = table.Column<int>(type: "integer", nullable: false),
                    QuarantineId = table.Column<long>(type: "bigint", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Votes", x => x.Id);
                });

            migrationBuilder.CreateIndex(
                name: "IX_VoteQuarantines_EditionId",
                table: "VoteQuarantines",
                column: "EditionId");

            migrationBuilder.CreateIndex(
                name: "IX_VoterCodes_Address_CreatedAtUtc",
                table: "VoterCodes",
                columns: new[] { "Address", "CreatedAtUtc" });

            migrationBuilder.CreateIndex(
                name: "IX_VoterCodes_Network_CreatedAtUtc",
                table: "VoterCodes",
                columns: new[] { "Network", "CreatedAtUtc" });

            migrationBuilder.CreateIndex(
                name: "IX_Votes_EditionId_Network",
                table: "Votes",
                columns: new[] { "EditionId", "Network" });

            migrationBuilder.CreateIndex(
                name: "IX_Votes_EditionId_TeamId_Minute",
                table: "Votes",
                columns: new[] { "EditionId", "TeamId", "Minute" });

            migrationBuilder.CreateIndex(
                name: "IX_Votes_EditionId_TeamId_VoterKey_Day",
                table: "Votes",
                columns: new[] { "EditionId", "TeamId", "VoterKey", "Day" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Votes_QuarantineId",
                table: "Votes",
                column: "QuarantineId");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "PartnerKeys");

            migrationBuilder.DropTable(
                name: "VoteQuarantines");

            migrationBuilder.DropTable(
                name: "VoterCodes");

            migrationBuilder.DropTable(
                name: "Votes");
        }
    }
}
