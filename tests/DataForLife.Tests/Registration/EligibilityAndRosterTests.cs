using System.Net;
using System.Text;
using System.Text.Json;
using DataForLife.Tests.Support;
using DataForLife.Web.Data;
using DataForLife.Web.Domain.Accounts;
using DataForLife.Web.Domain.Registration;
using DataForLife.Web.Features.Editions;
using DataForLife.Web.Features.Roster;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace DataForLife.Tests.Registration;

[Trait("Category", "Integration")]
public sealed class EligibilityAndRosterTests(RegistrationFactory factory) : IClassFixture<RegistrationFactory>
{
    private Task AddStaffAsync(string body, string name, string? email = null, string? number = null) => factory.WithScopeAsync(async sp =>
    {
        var edition = (await sp.GetRequiredService<EditionStore>().FindAsync("2023"))!;
        var errors = await sp.GetRequiredService<RosterCommands>().AddAsync(edition, new StaffInput { Body = body, FullName = name, Email = email, IdentityNumber = number });
        Assert.Empty(errors);
    });

    private Task<Team> TeamAsync(int id) => factory.WithScopeAsync(sp => sp.GetRequiredService<AppDbContext>().Teams.AsNoTracking().SingleAsync(t => t.Id == id));

    private async Task<HttpClient> OrganiserAsync(string email, string role = Roles.Organizer)
    {
        await factory.CreateUserAsync(email, role: role);
        var client = factory.CreateBrowserLikeClient();
        await client.SignInAsync(email);
        return client;
    }

    [Fact]
    public async Task A_judge_who_tries_to_register_a_team_is_told_why_not()
    {
        // The person had an account before the organisers put them on the jury (the roster then links to it).
        await factory.CreatePersonAsync("giamkhao1@example.vn", "Phan Thanh Sơn");
        await AddStaffAsync("jury", "Giám Khảo Một", email: "giamkhao1@example.vn");
        var client = factory.CreateBrowserLikeClient();
        await client.SignInAsync("giamkhao1@example.vn");

        var response = await client.PostFormAsync("/team", [new("Input.Name", "Đội Giám Khảo"), new("Input.IdeaName", "Ý tưởng"),
            new("Input.Categories", "society"), new("Input.Abstract", "Tóm tắt")], "/team?handler=Create");

        var html = WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync());
        Assert.Contains("Bạn không thể tham gia: Địa chỉ e-mail trùng với một thành viên Ban Giám khảo", html, StringComparison.Ordinal);
        Assert.False(await factory.WithScopeAsync(sp => sp.GetRequiredService<AppDbContext>().Teams.AnyAsync(t => t.Name == "Đội Giám Khảo")));
    }

    [Fact]
    public async Task A_judge_added_to_the_roster_later_flags_the_team_they_are_in()
    {
        var (_, teamId) = await factory.RegisterTeamAsync("later-judge@example.vn", "Đội Bị Gắn Cờ", leaderName: "Vương Đình Huệ");
        Assert.Equal(EligibilityStatus.Eligible, (await TeamAsync(teamId)).Status);

        await AddStaffAsync("council", "Vương Đình Huệ", email: "later-judge@example.vn");

        Assert.Equal(EligibilityStatus.NotEligible, (await TeamAsync(teamId)).Status);
        var logged = await factory.WithScopeAsync(sp => sp.GetRequiredService<AppDbContext>().AuditEntries.AnyAsync(a => a.Action == "team.eligibility-changed" && a.AfterJson == "NotEligible"));
        Assert.True(logged);
    }

    [Fact]
    public async Task An_organiser_overrides_a_status_only_with_a_written_reason_and_the_log_keeps_it()
    {
        var (_, teamId) = await factory.RegisterTeamAsync("override@example.vn", "Đội Xem Xét");
        var organiser = await OrganiserAsync("btc-override@c06.gov.vn");

        var noReason = await organiser.PostFormAsync($"/organizer/teams/{teamId}", [new("OverrideStatus", "NotEligible"), new("OverrideReason", " ")], $"/organizer/teams/{teamId}?handler=Override");
        Assert.Contains("Hãy ghi lý do", WebUtility.HtmlDecode(await noReason.Content.ReadAsStringAsync()), StringComparison.Ordinal);
        await organiser.PostFormAsync($"/organizer/teams/{teamId}", [new("OverrideStatus", "NotEligible"), new("OverrideReason", "Sản phẩm đã đoạt giải cuộc thi khác")], $"/organizer/teams/{teamId}?handler=Override");

        Assert.Equal(EligibilityStatus.NotEligible, (await TeamAsync(teamId)).Status);
        var entry = await factory.WithScopeAsync(sp => sp.GetRequiredService<AppDbContext>().AuditEntries.SingleAsync(a => a.Action == "team.overridden"));
        Assert.Equal("Sản phẩm đã đoạt giải cuộc thi khác", entry.Reason);
        Assert.Equal("btc-override@c06.gov.vn", entry.ActorName);
    }

    [Fact]
    public async Task An_organiser_previews_a_roster_file_and_imports_only_when_every_row_is_valid_or_asked_to()
    {
        var organiser = await OrganiserAsync("btc-roster@c06.gov.vn");
        var csv = "body,full_name,email\njury,Hà Văn Phúc,phuc@example.vn\n,\nsupport,Kiều Thị Nga,not-an-email\n";

        var preview = await PostFileAsync(organiser, csv);
        var html = WebUtility.HtmlDecode(await preview.Content.ReadAsStringAsync());
        Assert.Contains("1 dòng hợp lệ, 2 dòng có lỗi", html, StringComparison.Ordinal);
        Assert.Contains("Dòng trống.", html, StringComparison.Ordinal);
        Assert.Contains("Cột \"email\": \"not-an-email\"", html, StringComparison.Ordinal);
        Assert.False(await OnRosterAsync("phuc@example.vn"));

        var key = System.Text.RegularExpressions.Regex.Match(html, "name=\"key\" value=\"([0-9a-f-]+)\"").Groups[1].Value;
        await organiser.PostFormAsync("/organizer/editions/2023/roster", [new("key", key), new("onlyValid", "true")], "/organizer/editions/2023/roster?handler=Import");
        Assert.True(await OnRosterAsync("phuc@example.vn"));
    }

    [Fact]
    public async Task A_roster_file_with_a_wrong_column_adds_nobody()
    {
        var organiser = await OrganiserAsync("btc-columns@c06.gov.vn");

        var response = await PostFileAsync(organiser, "ban,ho_ten\njury,Hà Văn Phúc\n");

        Assert.Contains("Cột không đúng", WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync()), StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_roster_API_checks_a_file_without_importing_then_imports_it()
    {
        var organiser = await OrganiserAsync("btc-api@c06.gov.vn");
        var body = new StringContent("body,full_name,email\nmentors,Cố Vấn API,covan@example.vn\n", Encoding.UTF8, "text/csv");

        var dry = await organiser.PostAsync("/api/v1/editions/2023/roster/import?dryRun=true", body);
        var dryReport = await dry.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal(1, dryReport.GetProperty("valid").GetInt32());
        Assert.Equal(JsonValueKind.Null, dryReport.GetProperty("imported").ValueKind);
        Assert.False(await OnRosterAsync("covan@example.vn"));

        var real = await organiser.PostAsync("/api/v1/editions/2023/roster/import", new StringContent("body,full_name,email\nmentors,Cố Vấn API,covan@example.vn\n", Encoding.UTF8, "text/csv"));
        Assert.Equal(1, (await real.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("imported").GetInt32());
        Assert.True(await OnRosterAsync("covan@example.vn"));

        var plain = await organiser.PostAsync("/api/v1/editions/2023/roster/import", new StringContent("body,full_name\njury,X Y\n", Encoding.UTF8, "text/plain"));
        Assert.Equal(HttpStatusCode.UnsupportedMediaType, plain.StatusCode);
    }

    [Fact]
    public async Task Roster_rows_longer_than_their_columns_are_row_errors_and_nobody_is_imported()
    {
        var organiser = await OrganiserAsync("btc-dai@c06.gov.vn");
        var file = "body,full_name,email,identity_number,organisation\n"
            + "jury,Trần Văn Dài,dai1@example.vn,AB1234567890123456789012345,Trường A\n"
            + $"jury,Trần Văn Dài Hai,dai2@example.vn,,{new string('T', 201)}\n"
            + $"jury,{new string('N', 201)},dai3@example.vn,,Trường B\n"
            + $"jury,Trần Văn Dài Bốn,{new string('e', 250)}@example.vn,,Trường C\n";

        var response = await organiser.PostAsync("/api/v1/editions/2023/roster/import", new StringContent(file, Encoding.UTF8, "text/csv"));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var report = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal(0, report.GetProperty("valid").GetInt32());
        Assert.Equal(4, report.GetProperty("invalid").GetInt32());
        Assert.Equal(JsonValueKind.Null, report.GetProperty("imported").ValueKind);
        var errors = report.GetProperty("rows").EnumerateArray().Select(r => string.Join(" ", r.GetProperty("errors").EnumerateArray().Select(e => e.GetString()))).ToList();
        Assert.Equal(["identity_number dài quá 20 ký tự.", "organisation dài quá 200 ký tự.", "full_name dài quá 200 ký tự."], errors[..3]);
        Assert.StartsWith("Cột \"email\": \"eeeee", errors[3], StringComparison.Ordinal); // past the 254 characters mail servers take
        foreach (var address in new[] { "dai1@example.vn", "dai2@example.vn", "dai3@example.vn" })
        {
            Assert.False(await OnRosterAsync(address));
        }
    }

    [Fact]
    public async Task A_roster_file_with_control_characters_in_a_name_is_imported_without_them()
    {
        var organiser = await OrganiserAsync("btc-nul@c06.gov.vn");
        var file = "body,full_name,email,organisation\njury,Lê\u0000 Văn\u001b Không,khong@example.vn,Viện\u0000 Dữ liệu\n";

        var response = await organiser.PostAsync("/api/v1/editions/2023/roster/import", new StringContent(file, Encoding.UTF8, "text/csv"));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(1, (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("imported").GetInt32());
        var stored = await factory.WithScopeAsync(sp => sp.GetRequiredService<AppDbContext>().StaffMembers.SingleAsync(s => s.Email == "khong@example.vn"));
        Assert.Equal(("Lê Văn Không", "Viện Dữ liệu", "le van khong"), (stored.FullName, stored.Organisation, stored.NameKey));
    }

    [Fact]
    public async Task Organisers_find_teams_by_name_without_diacritics_and_export_them_with_the_export_logged()
    {
        await factory.RegisterTeamAsync("search@example.vn", "Đội Hướng Dương", leaderName: "Nghiêm Xuân Trường");
        var organiser = await OrganiserAsync("btc-search@c06.gov.vn");

        var byTeam = await organiser.GetStringAsync("/organizer/editions/2023/teams?Q=doi+huong+duong");
        var byMember = await organiser.GetStringAsync("/organizer/editions/2023/teams?Q=NGHIEM+xuan");
        var none = await organiser.GetStringAsync("/organizer/editions/2023/teams?Q=huong+duong&Category=economy");
        Assert.Contains("Đội Hướng Dương", byTeam, StringComparison.Ordinal);
        Assert.Contains("Đội Hướng Dương", byMember, StringComparison.Ordinal);
        Assert.DoesNotContain("Đội Hướng Dương", none, StringComparison.Ordinal);

        var csv = await organiser.GetAsync("/organizer/editions/2023/teams?handler=Export&format=csv&Q=huong");
        var text = await csv.Content.ReadAsStringAsync();
        Assert.Equal("text/csv", csv.Content.Headers.ContentType?.MediaType);
        Assert.Contains("Nghiêm Xuân Trường", text, StringComparison.Ordinal);
        Assert.Matches("001\\d{9}", text);
        var xlsx = await organiser.GetAsync("/organizer/editions/2023/teams?handler=Export&format=xlsx");
        var bytes = await xlsx.Content.ReadAsByteArrayAsync();
        Assert.Equal("PK"u8.ToArray(), bytes[..2]);
        var exports = await factory.WithScopeAsync(sp => sp.GetRequiredService<AppDbContext>().AuditEntries.CountAsync(a => a.Action == "teams.exported" && a.ActorName == "btc-search@c06.gov.vn"));
        Assert.Equal(2, exports);
    }

    [Fact]
    public async Task The_steering_committee_sees_identity_numbers_masked_and_cannot_export()
    {
        var (_, teamId) = await factory.RegisterTeamAsync("masked@example.vn", "Đội Che Số");
        var observer = await OrganiserAsync("bcd-view@c06.gov.vn", Roles.Observer);

        var page = await observer.GetStringAsync($"/organizer/teams/{teamId}");
        var export = await observer.GetAsync("/organizer/editions/2023/teams?handler=Export&format=csv");
        var api = await observer.GetFromJsonAsync<JsonElement>("/api/v1/editions/2023/teams?Q=che+so");
        var farPage = await observer.GetAsync("/api/v1/editions/2023/teams?page=100000000");

        Assert.Matches("001\\d\\*{6}\\d{2}", page);
        Assert.DoesNotMatch("001\\d{9}", page);
        Assert.NotEqual(HttpStatusCode.OK, export.StatusCode);
        Assert.Equal(HttpStatusCode.OK, farPage.StatusCode);
        Assert.Equal(0, (await farPage.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("items").GetArrayLength());
        Assert.Matches("^001\\d\\*{6}\\d{2}$", api.GetProperty("items")[0].GetProperty("members")[0].GetProperty("document").GetString());
        Assert.Equal(HttpStatusCode.Forbidden, (await observer.GetAsync("/api/v1/editions/2023/teams/export?format=csv")).StatusCode);

        await AddStaffAsync("support", "Hỗ Trợ Che Số", number: "079203001234");
        var roster = await observer.GetStringAsync("/organizer/editions/2023/roster");
        Assert.Contains("0792******34", roster, StringComparison.Ordinal);
        Assert.DoesNotContain("079203001234", roster, StringComparison.Ordinal);
        var organiser = await OrganiserAsync("btc-roster-view@c06.gov.vn");
        Assert.Contains("079203001234", await organiser.GetStringAsync("/organizer/editions/2023/roster"), StringComparison.Ordinal);
    }

    private static async Task<HttpResponseMessage> PostFileAsync(HttpClient client, string csv)
    {
        var token = await client.GetTokenAsync("/organizer/editions/2023/roster");
        using var form = new MultipartFormDataContent
        {
            { new StringContent(token), "__RequestVerificationToken" },
            { new ByteArrayContent(Encoding.UTF8.GetBytes(csv)), "file", "roster.csv" },
        };
        return await client.PostAsync("/organizer/editions/2023/roster?handler=Preview", form);
    }

    private Task<bool> OnRosterAsync(string email) =>
        factory.WithScopeAsync(sp => sp.GetRequiredService<AppDbContext>().StaffMembers.AnyAsync(s => s.Email == email));
}
