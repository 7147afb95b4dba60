using System.Net;
using System.Text;
using System.Text.Json;
using DataForLife.Tests.Support;
using DataForLife.Web.Data;
using DataForLife.Web.Infrastructure.Files;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using static DataForLife.Tests.Registration.RegistrationSteps;

namespace DataForLife.Tests.Registration;

[Trait("Category", "Integration")]
public sealed class TeamExportApiTests(RegistrationFactory factory) : IClassFixture<RegistrationFactory>
{
    [Fact]
    public async Task An_organiser_exports_the_filtered_teams_as_CSV_with_whole_identity_numbers_and_the_export_is_logged()
    {
        var (leader, teamId) = await factory.RegisterTeamAsync("export-lead@example.vn", "Đội Xuất Dữ Liệu", leaderName: "Doãn Thị Xuân");
        var (_, member) = await JoinAsync(factory, leader, "export-member@example.vn", "Ninh Văn Hợp", DataForLife.Population.Sex.Male);
        await factory.RegisterTeamAsync("export-other@example.vn", "Đội Ngoài Bộ Lọc", leaderName: "Khúc Văn Khác");
        var team = await TeamAsync(factory, teamId);
        var leaderDocument = (await ProfileAsync(factory, team.Leader!.UserId))!.DocumentNumber;
        var memberDocument = (await ProfileAsync(factory, member.Id))!.DocumentNumber;
        var organiser = await OrganiserAsync(factory, "btc-export-api@c06.gov.vn");

        var response = await organiser.GetAsync("/api/v1/editions/2023/teams/export?format=csv&Q=xuat+du+lieu");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/csv", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal("teams-2023.csv", response.Content.Headers.ContentDisposition?.FileName?.Trim('"'));
        var bytes = await response.Content.ReadAsByteArrayAsync();
        Assert.Equal(Encoding.UTF8.GetPreamble(), bytes[..3]);
        var rows = Csv.Parse(new StringReader(Encoding.UTF8.GetString(bytes[3..])));
        var header = rows[0].ToList();
        Assert.Equal(["Mã đội", "Tên đội"], header.Take(2));
        Assert.Equal(3, rows.Count);
        var (leaderRow, memberRow) = (rows[1], rows[2]);
        Assert.Equal(team.PublicCode, leaderRow[header.IndexOf("Mã đội")]);
        Assert.Equal("Đội Xuất Dữ Liệu", leaderRow[header.IndexOf("Tên đội")]);
        Assert.Equal("Doãn Thị Xuân", leaderRow[header.IndexOf("Họ và tên")]);
        Assert.Equal("x", leaderRow[header.IndexOf("Trưởng nhóm")]);
        Assert.Equal(leaderDocument, leaderRow[header.IndexOf("Số định danh / hộ chiếu")]);
        Assert.Equal("Ninh Văn Hợp", memberRow[header.IndexOf("Họ và tên")]);
        Assert.Equal(memberDocument, memberRow[header.IndexOf("Số định danh / hộ chiếu")]);
        Assert.Matches("^001\\d{9}$", memberDocument);
        Assert.Equal("export-member@example.vn", memberRow[header.IndexOf("E-mail")]);
        Assert.DoesNotContain(rows, r => r.Contains("Khúc Văn Khác"));

        var entry = await factory.WithScopeAsync(sp => sp.GetRequiredService<AppDbContext>().AuditEntries.AsNoTracking()
            .SingleAsync(a => a.Action == "teams.exported" && a.ActorName == "btc-export-api@c06.gov.vn"));
        Assert.Equal("2023", entry.EntityId);
        var details = JsonDocument.Parse(entry.AfterJson!).RootElement;
        Assert.Equal("csv", details.GetProperty("format").GetString());
        Assert.Equal(2, details.GetProperty("rows").GetInt32());
        Assert.Equal("api", details.GetProperty("via").GetString());
    }

    [Fact]
    public async Task An_export_in_an_unknown_format_is_refused_and_nothing_is_logged()
    {
        var organiser = await OrganiserAsync(factory, "btc-export-pdf@c06.gov.vn");

        var response = await organiser.GetAsync("/api/v1/editions/2023/teams/export?format=pdf");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.False(await factory.WithScopeAsync(sp => sp.GetRequiredService<AppDbContext>().AuditEntries
            .AnyAsync(a => a.Action == "teams.exported" && a.ActorName == "btc-export-pdf@c06.gov.vn")));
    }
}
