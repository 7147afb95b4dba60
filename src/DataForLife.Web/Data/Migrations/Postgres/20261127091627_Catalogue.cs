using System;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

namespace DataForLife.Web.Data.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class Catalogue : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "DataSets",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    EditionId = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    Slug = table.Column<string>(type: "character varying(60)", maxLength: 60, nullable: false),
                    Position = table.Column<int>(type: "integer", nullable: false),
                    Provider = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    NameVi = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    NameEn = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    DescriptionVi = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: false),
                    DescriptionEn = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: false),
                    Categories = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    Topics = table.Column<string>(type: "character varying(400)", maxLength: 400, nullable: false),
                    FormatsVi = table.Column<string>(type: "character varying(400)", maxLength: 400, nullable: true),
                    FormatsEn = table.Column<string>(type: "character varying(400)", maxLength: 400, nullable: true),
                    LicenceVi = table.Column<string>(type: "character varying(400)", maxLength: 400, nullable: true),
                    LicenceEn = table.Column<string>(type: "character varying(400)", maxLength: 400, nullable: true),
                    SourceUrl = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: true),
                    SizeBytes = table.Column<long>(type: "bigint", nullable: true),
                    SizeVi = table.Column<string>(type: "character varying(400)", maxLength: 400, nullable: true),
                    SizeEn = table.Column<string>(type: "character varying(400)", maxLength: 400, nullable: true),
                    AccessVi = table.Column<string>(type: "character varying(400)", maxLength: 400, nullable: true),
                    AccessEn = table.Column<string>(type: "character varying(400)", maxLength: 400, nullable: true),
                    NotesVi = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true),
                    NotesEn = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true),
                    LabelsStorageKey = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: true),
                    RecordCount = table.Column<int>(type: "integer", nullable: true),
                    CreatedAtUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    UpdatedAtUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    Version = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_DataSets", x => x.Id);
                    table.ForeignKey(
                        name: "FK_DataSets_Editions_EditionId",
                        column: x => x.EditionId,
                        principalTable: "Editions",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "DataTopics",
                columns: table => new
                {
                    EditionId = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    Code = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    Position = table.Column<int>(type: "integer", nullable: false),
                    NameVi = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    NameEn = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_DataTopics", x => new { x.EditionId, x.Code });
                    table.ForeignKey(
                        name: "FK_DataTopics_Editions_EditionId",
                        column: x => x.EditionId,
                        principalTable: "Editions",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "HostedFiles",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    DataSetId = table.Column<int>(type: "integer", nullable: false),
                    FileName = table.Column<string>(type: "character varying(120)", maxLength: 120, nullable: false),
                    ContentType = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    Size = table.Column<long>(type: "bigint", nullable: false),
                    Sha256 = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    StorageKey = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    DownloadCount = table.Column<long>(type: "bigint", nullable: false),
                    UploadedAtUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    UploadedByUserId = table.Column<string>(type: "character varying(450)", maxLength: 450, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_HostedFiles", x => x.Id);
                    table.ForeignKey(
                        name: "FK_HostedFiles_DataSets_DataSetId",
                        column: x => x.DataSetId,
                        principalTable: "DataSets",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "PredictionSubmissions",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    DataSetId = table.Column<int>(type: "integer", nullable: false),
                    EditionId = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    TeamId = table.Column<int>(type: "integer", nullable: false),
                    SubmittedByUserId = table.Column<string>(type: "character varying(450)", maxLength: 450, nullable: false),
                    SubmittedAtUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    FileName = table.Column<string>(type: "character varying(120)", maxLength: 120, nullable: false),
                    Sha256 = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    Rows = table.Column<int>(type: "integer", nullable: false),
                    TruePositives = table.Column<int>(type: "integer", nullable: false),
                    FalsePositives = table.Column<int>(type: "integer", nullable: false),
                    FalseNegatives = table.Column<int>(type: "integer", nullable: false),
                    Precision = table.Column<double>(type: "double precision", nullable: false),
                    Recall = table.Column<double>(type: "double precision", nullable: false),
                    F1 = table.Column<double>(type: "double precision", nullable: false),
                    NoiseRecords = table.Column<int>(type: "integer", nullable: false),
                    NoiseRecordsFlagged = table.Column<int>(type: "integer", nullable: false),
                    ClassesJson = table.Column<string>(type: "character varying(8000)", maxLength: 8000, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_PredictionSubmissions", x => x.Id);
                    table.ForeignKey(
                        name: "FK_PredictionSubmissions_DataSets_DataSetId",
                        column: x => x.DataSetId,
                        principalTable: "DataSets",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_PredictionSubmissions_Teams_TeamId",
                        column: x => x.TeamId,
                        principalTable: "Teams",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateIndex(
                name: "IX_DataSets_EditionId_Slug",
                table: "DataSets",
                columns: new[] { "EditionId", "Slug" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_HostedFiles_DataSetId",
                table: "HostedFiles",
                column: "DataSetId");

            migrationBuilder.CreateIndex(
                name: "IX_PredictionSubmissions_DataSetId_TeamId_SubmittedAtUtc",
                table: "PredictionSubmissions",
                columns: new[] { "DataSetId", "TeamId", "SubmittedAtUtc" });

            migrationBuilder.CreateIndex(
                name: "IX_PredictionSubmissions_TeamId",
                table: "PredictionSubmissions",
                column: "TeamId");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "DataTopics");

            migrationBuilder.DropTable(
                name: "HostedFiles");

            migrationBuilder.DropTable(
                name: "PredictionSubmissions");

            migrationBuilder.DropTable(
                name: "DataSets");
        }
    }
}
