using System.Net;
using DataForLife.Tests.Support;
using DataForLife.Web.Data;
using DataForLife.Web.Domain.Accounts;
using DataForLife.Web.Domain.Judging;
using DataForLife.Web.Domain.Roster;
using DataForLife.Web.Features.Judging;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace DataForLife.Tests.Judging;

/// <summary>Round 1 scored but for one council member's sheets: publishing it, or closing it early, asks for the round's name.</summary>
[Trait("Category", "Integration")]
public sealed class SafePublicationTests : IAsyncLifetime
{
    private const string Organiser = "btc-congbo@c06.gov.vn";
    private const string RoundPage = "/organizer/editions/2023/judging/round1";
    private readonly JudgingFactory _factory = new();
    private string _lateJudge = string.Empty;
    private int _missing;

    public async Task InitializeAsync()
    {
        await _factory.InitializeAsync();
        await _factory.SeedAsync(12);
        await _factory.CreateUserAsync(Organiser, role: Roles.Organizer);
        var organiser = await _factory.SignedInAsync(Organiser);
        await organiser.PostFormAsync(RoundPage, [], RoundPage + "?handler=AutoAssign");
        var entries = await _factory.WithScopeAsync(async sp => await sp.GetRequiredService<RoundEntries>().ForAsync(await _factory.RoundAsync("round1"), CancellationToken.None));
        await _factory.ScoreEverythingAsync("round1", team => 0.2 + (entries.ToList().IndexOf(team) * 0.05));

        // One council member's sheets go back to drafts: they were never submitted.
        _lateJudge = await _factory.UserIdAsync((await _factory.JudgeEmailsAsync(StaffBody.Council))[0]);
        _missing = await _factory.WithScopeAsync(sp => sp.GetRequiredService<AppDbContext>().ScoreSheets.Where(s => s.JudgeUserId == _lateJudge)
            .ExecuteUpdateAsync(u => u.SetProperty(s => s.Status, SheetStatus.Draft)));
        Assert.True(_missing > 0);
    }

    public async Task DisposeAsync() => await _factory.DisposeAsync();

    private Task<bool> PublishedAsync() => _factory.WithScopeAsync(sp => sp.GetRequiredService<AppDbContext>().RoundPublications.AnyAsync(p => p.RoundCode == "round1"));

    private static async Task<string> TextAsync(HttpResponseMessage response) => WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync());

    [Fact]
    public async Task A_round_closed_with_sheets_missing_is_published_only_with_its_name_typed()
    {
        _factory.Clock.SetUtcNow((await _factory.RoundAsync("round1")).Window.EndsAt.AddMinutes(1));
        var organiser = await _factory.SignedInAsync(Organiser);
        var judgeName = await _factory.WithScopeAsync(sp => sp.GetRequiredService<AppDbContext>().StaffMembers.Where(s => s.UserId == _lateJudge).Select(s => s.FullName).FirstAsync());

        var page = WebUtility.HtmlDecode(await organiser.GetStringAsync(RoundPage));
        Assert.Contains($"Phiếu chấm chưa nộp: {_missing} phiếu, của 1 giám khảo", page, StringComparison.Ordinal);
        Assert.Contains($"{judgeName}: đã nộp 0/{_missing}, còn thiếu {_missing}", page, StringComparison.Ordinal);
        Assert.True(page.IndexOf("id=\"publish-form\"", StringComparison.Ordinal) < page.IndexOf("id=\"ranking\"", StringComparison.Ordinal),
            "the publication comes before the ranking");

        var untyped = await organiser.PostFormAsync(RoundPage, [], RoundPage + "?handler=Publish");
        Assert.Equal(HttpStatusCode.OK, untyped.StatusCode);
        Assert.Contains("Chưa công bố: vòng này còn thiếu những mục liệt kê ở trên", await TextAsync(untyped), StringComparison.Ordinal);
        var mistyped = await organiser.PostFormAsync(RoundPage, [new("confirmName", "Vòng sơ khảo")], RoundPage + "?handler=Publish");
        Assert.Contains("Chưa công bố: vòng này còn thiếu", await TextAsync(mistyped), StringComparison.Ordinal);
        Assert.False(await PublishedAsync());

        var typed = await organiser.PostFormAsync(RoundPage, [new("confirmName", "vòng hồ sơ (sơ loại)")], RoundPage + "?handler=Publish");
        Assert.Equal(HttpStatusCode.Redirect, typed.StatusCode);
        Assert.True(await PublishedAsync());
        var entry = await _factory.WithScopeAsync(sp => sp.GetRequiredService<AppDbContext>().AuditEntries.SingleAsync(a => a.Action == "round.published"));
        using var after = System.Text.Json.JsonDocument.Parse(entry.AfterJson!);
        var sheets = Assert.Single(after.RootElement.GetProperty("publishedOver").GetProperty("sheets").EnumerateArray());
        Assert.Equal(_lateJudge, sheets.GetProperty("judge").GetString());
        Assert.Equal(0, sheets.GetProperty("submitted").GetInt32());
        Assert.Equal(_missing, sheets.GetProperty("assigned").GetInt32());
    }

    [Fact]
    public async Task Moving_the_rounds_end_into_the_past_with_sheets_missing_asks_for_its_name()
    {
        var organiser = await _factory.SignedInAsync(Organiser);
        var fields = PageForm.Fields(await organiser.GetStringAsync("/organizer/editions/2023"));
        Assert.Equal("round1", fields["Form.Timeline[2].Code"]);
        fields["Form.Timeline[2].EndsAt"] = "2023-09-20T09:00";

        var asked = await organiser.PostFormAsync("/organizer/editions/2023", fields);
        var text = await TextAsync(asked);
        Assert.Equal(HttpStatusCode.OK, asked.StatusCode);
        Assert.Contains($"Dời ngày kết thúc của «Vòng hồ sơ (sơ loại)» về trước lúc này sẽ đóng vòng chấm khi còn {_missing} phiếu chấm chưa nộp", text, StringComparison.Ordinal);
        Assert.Contains("Chưa lưu: ngày kết thúc mới đã qua", text, StringComparison.Ordinal);
        Assert.False((await _factory.RoundAsync("round1")).IsClosedAt(_factory.Clock.GetUtcNow()));

        fields = PageForm.Fields(text);
        fields["ConfirmClose[round1]"] = "Round 1: dossiers";
        var saved = await organiser.PostFormAsync("/organizer/editions/2023", fields);
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        Assert.True((await _factory.RoundAsync("round1")).IsClosedAt(_factory.Clock.GetUtcNow()));
    }

    [Fact]
    public async Task A_judges_page_puts_the_next_entry_to_score_first_and_says_how_many_are_left()
    {
        var firstTeam = await _factory.WithScopeAsync(async sp =>
        {
            var db = sp.GetRequiredService<AppDbContext>();
            var first = await db.ScoreSheets.Where(s => s.JudgeUserId == _lateJudge).Join(db.Teams, s => s.TeamId, t => t.Id, (s, t) => t)
                .OrderBy(t => t.Sequence).FirstAsync();
            await db.ScoreSheets.Where(s => s.JudgeUserId == _lateJudge && s.TeamId == first.Id).ExecuteUpdateAsync(u => u.SetProperty(s => s.Status, SheetStatus.Submitted));
            return first;
        });
        var judge = await _factory.SignedInAsync((await _factory.JudgeEmailsAsync(StaffBody.Council))[0]);

        var page = WebUtility.HtmlDecode(await judge.GetStringAsync("/judging"));

        Assert.Contains($"Còn {_missing - 1} bài chưa nộp phiếu chấm.", page, StringComparison.Ordinal);
        var links = System.Text.RegularExpressions.Regex.Matches(page, "<li><a href=\"/judging/round1/(\\d+)\">").Select(m => int.Parse(m.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture)).ToList();
        Assert.Equal(_missing, links.Count);
        Assert.Equal(firstTeam.Id, links[^1]);
        Assert.Contains($"id=\"next-round1\">Chấm tiếp theo: ", page, StringComparison.Ordinal);
        Assert.Contains($"<a href=\"/judging/round1/{links[0]}\" id=\"next-round1\">", page, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_later_end_needs_no_confirmation()
    {
        var organiser = await _factory.SignedInAsync(Organiser);
        var fields = PageForm.Fields(await organiser.GetStringAsync("/organizer/editions/2023"));
        fields["Form.Timeline[2].EndsAt"] = "2023-09-29T18:00";

        Assert.Equal(HttpStatusCode.Redirect, (await organiser.PostFormAsync("/organizer/editions/2023", fields)).StatusCode);
    }
}
