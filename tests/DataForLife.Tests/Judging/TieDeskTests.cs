using System.Globalization;
using System.Net;
using System.Text.RegularExpressions;
using DataForLife.Tests.Support;
using DataForLife.Web.Data;
using DataForLife.Web.Domain.Judging;
using DataForLife.Web.Features.Demo;
using DataForLife.Web.Features.Judging;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace DataForLife.Tests.Judging;

/// <summary>Who decides a tie: the head, or a lead when the head is in conflict with a tied team; nobody in conflict sees the teams.</summary>
public sealed class TieDeskRuleTests
{
    private static readonly int[] Tie = [7, 8];

    private static TieDesk Desk(params (string Judge, int Entry)[] conflicts) =>
        new(new HashSet<string> { "head" }, new HashSet<string> { "lead-a", "lead-b" }, conflicts.ToHashSet());

    [Fact]
    public void The_head_free_of_conflict_decides_and_the_leads_do_not()
    {
        var desk = Desk(("lead-a", 8));
        Assert.True(desk.HeadDecides(Tie));
        Assert.True(desk.MayDecide("head", Tie));
        Assert.False(desk.MayDecide("lead-b", Tie));
        Assert.False(desk.MayDecide("lead-a", Tie));
        Assert.True(desk.HasDecider(Tie));
    }

    [Fact]
    public void A_head_in_conflict_with_a_tied_team_leaves_the_tie_to_a_lead_free_of_conflict()
    {
        var desk = Desk(("head", 7), ("lead-a", 8));
        Assert.False(desk.HeadDecides(Tie));
        Assert.False(desk.MayDecide("head", Tie));
        Assert.False(desk.MayDecide("lead-a", Tie));
        Assert.True(desk.MayDecide("lead-b", Tie));
        Assert.True(desk.IsConflicted("head", Tie));
        Assert.False(desk.IsConflicted("lead-b", Tie));
    }

    [Fact]
    public void When_everyone_is_in_conflict_nobody_decides_and_members_never_open_the_page()
    {
        var desk = Desk(("head", 7), ("lead-a", 8), ("lead-b", 7));
        Assert.False(desk.HasDecider(Tie));
        Assert.False(desk.MayOpen("member"));
        Assert.True(desk.MayOpen("lead-b"));
        Assert.True(desk.MayDecide("head", [1, 2]));
    }
}

/// <summary>The ties page and its decision over HTTP, with the head in conflict with one of the tied teams.</summary>
[Trait("Category", "Integration")]
public sealed class TieDeskPageTests : IAsyncLifetime
{
    private const string Lead = "hocpm@" + DemoTeams.StaffDomain;
    private const string CouncilMember = "hoint@" + DemoTeams.StaffDomain;
    private readonly JudgingFactory _factory = new();

    public async Task InitializeAsync()
    {
        await _factory.InitializeAsync();
        await _factory.SeedAsync(40);
        await _factory.CreateUserAsync("btc-hoa@c06.gov.vn", role: Web.Domain.Accounts.Roles.Organizer);
    }

    public async Task DisposeAsync() => await _factory.DisposeAsync();

    [Fact]
    public async Task A_head_in_conflict_sees_only_the_place_and_cannot_decide_a_lead_decides_and_the_round_publishes()
    {
        var organiser = await _factory.SignedInAsync("btc-hoa@c06.gov.vn");
        await organiser.PostFormAsync("/organizer/editions/2023/judging/round1", [], "/organizer/editions/2023/judging/round1?handler=AutoAssign");
        var entries = (await _factory.WithScopeAsync(async sp => await sp.GetRequiredService<RoundEntries>().ForAsync(await _factory.RoundAsync("round1"), CancellationToken.None)))
            .Order().ToList();
        await _factory.SameReviewersAsync(entries[29], entries[30]);
        int[] tied = [entries[29], entries[30]];

        // While sheets are still coming in (and the window is open) nobody sees partial standings on this page.
        var early = await _factory.SignedInAsync(JudgingFactory.Head);
        var waiting = WebUtility.HtmlDecode(await early.GetStringAsync("/judging/ties/round1"));
        Assert.Contains("id=\"ties-waiting\"", waiting, StringComparison.Ordinal);
        Assert.DoesNotContain("Bằng điểm ở hạng", waiting, StringComparison.Ordinal);

        await _factory.ScoreEverythingAsync("round1", team => 0.95 - (Math.Min(entries.IndexOf(team), 29) * 0.02) - (entries.IndexOf(team) > 30 ? 0.1 : 0));
        var headId = await _factory.UserIdAsync(JudgingFactory.Head);
        var leadId = await _factory.UserIdAsync(Lead);
        var codes = await _factory.WithScopeAsync(sp => sp.GetRequiredService<AppDbContext>().Teams.Where(t => tied.Contains(t.Id)).ToDictionaryAsync(t => t.Id, t => t.PublicCode));
        await _factory.WithScopeAsync(async sp =>
        {
            var db = sp.GetRequiredService<AppDbContext>();
            db.DeclaredConflicts.Add(new DeclaredConflict { EditionId = "2023", JudgeUserId = headId, TeamId = tied[0], Reason = "Người thân trong đội", DeclaredAtUtc = DateTime.UtcNow });
            await db.SaveChangesAsync();
        });

        var head = await _factory.SignedInAsync(JudgingFactory.Head);
        Assert.Contains("/judging/ties/round1", await head.GetStringAsync("/judging"), StringComparison.Ordinal);
        var headPage = WebUtility.HtmlDecode(await head.GetStringAsync("/judging/ties/round1"));
        Assert.Contains("Bằng điểm ở hạng 30", headPage, StringComparison.Ordinal);
        Assert.Contains("có xung đột lợi ích với anh/chị", headPage, StringComparison.Ordinal);
        Assert.Contains("Một trưởng nhóm giám khảo không có xung đột lợi ích với các đội này quyết định.", headPage, StringComparison.Ordinal);
        Assert.All(codes.Values, code => Assert.DoesNotContain(code, headPage, StringComparison.Ordinal));
        Assert.DoesNotContain("data-tie=", headPage, StringComparison.Ordinal);

        var refused = await head.PostFormAsync("/judging/ties/round1", Order(tied[1], tied[0], "Quyết định của trưởng ban"));
        Assert.Equal(HttpStatusCode.OK, refused.StatusCode);
        Assert.Contains("kèm lý do", WebUtility.HtmlDecode(await refused.Content.ReadAsStringAsync()), StringComparison.Ordinal);
        Assert.False(await _factory.WithScopeAsync(sp => sp.GetRequiredService<AppDbContext>().TieDecisions.AnyAsync()));

        var member = await _factory.SignedInAsync(CouncilMember);
        Assert.Equal(HttpStatusCode.NotFound, (await member.GetAsync("/judging/ties/round1")).StatusCode);

        var lead = await _factory.SignedInAsync(Lead);
        var leadPage = WebUtility.HtmlDecode(await lead.GetStringAsync("/judging/ties/round1"));
        Assert.All(codes.Values, code => Assert.Contains(code, leadPage, StringComparison.Ordinal));
        Assert.Contains($"data-tie=\"{string.Join("-", tied)}\"", leadPage, StringComparison.Ordinal);
        // A refused decision comes back as it was sent: the order chosen, the reason written.
        var noReason = WebUtility.HtmlDecode(await (await lead.PostFormAsync("/judging/ties/round1", Order(tied[1], tied[1], ""))).Content.ReadAsStringAsync());
        Assert.Contains("kèm lý do", noReason, StringComparison.Ordinal);
        Assert.Equal(2, Regex.Count(noReason, $"<option value=\"{tied[1]}\" selected=\"selected\">"));
        var twice = WebUtility.HtmlDecode(await (await lead.PostFormAsync("/judging/ties/round1", Order(tied[0], tied[0], "Giữ lại lý do này"))).Content.ReadAsStringAsync());
        Assert.Contains("kèm lý do", twice, StringComparison.Ordinal);
        Assert.Contains("rows=\"3\">Giữ lại lý do này</textarea>", twice, StringComparison.Ordinal);
        Assert.False(await _factory.WithScopeAsync(sp => sp.GetRequiredService<AppDbContext>().TieDecisions.AnyAsync()));

        var decided = await lead.PostFormAsync("/judging/ties/round1", Order(tied[1], tied[0], "Sản phẩm đã thử nghiệm thực tế"));
        Assert.Equal(HttpStatusCode.Redirect, decided.StatusCode);

        var decision = await _factory.WithScopeAsync(sp => sp.GetRequiredService<AppDbContext>().TieDecisions.SingleAsync());
        Assert.Equal(leadId, decision.DecidedByUserId);
        Assert.Equal($"{tied[1]},{tied[0]}", decision.TeamIds);
        var audit = await _factory.WithScopeAsync(sp => sp.GetRequiredService<AppDbContext>().AuditEntries.SingleAsync(a => a.Action == "round.tie-decided"));
        Assert.Contains("\"lead\"", audit.AfterJson!, StringComparison.Ordinal);

        var published = await organiser.PostFormAsync("/organizer/editions/2023/judging/round1", [], "/organizer/editions/2023/judging/round1?handler=Publish");
        Assert.Equal(HttpStatusCode.Redirect, published.StatusCode);

        // The publication's audit entry names the conflicts that kept sheets out of these totals.
        var publication = await _factory.WithScopeAsync(sp => sp.GetRequiredService<AppDbContext>().AuditEntries.SingleAsync(a => a.Action == "round.published"));
        using var after = System.Text.Json.JsonDocument.Parse(publication.AfterJson!);
        var recorded = after.RootElement.GetProperty("conflicts").EnumerateArray()
            .Select(c => (c.GetProperty("judge").GetString(), c.GetProperty("team").GetInt32(), c.GetProperty("reason").GetString())).ToList();
        Assert.Contains((headId, tied[0], "declared: Người thân trong đội"), recorded);
    }

    [Fact]
    public async Task Once_the_scoring_window_closes_the_ties_page_opens_even_with_sheets_missing()
    {
        var head = await _factory.SignedInAsync(JudgingFactory.Head);
        Assert.Contains("id=\"ties-waiting\"", await head.GetStringAsync("/judging/ties/round1"), StringComparison.Ordinal);

        _factory.Clock.SetUtcNow((await _factory.RoundAsync("round1")).Window.EndsAt.AddMinutes(1));
        head = await _factory.SignedInAsync(JudgingFactory.Head);
        var page = await head.GetStringAsync("/judging/ties/round1");

        Assert.DoesNotContain("id=\"ties-waiting\"", page, StringComparison.Ordinal);
        Assert.Contains("data-tie=", page, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_round_is_not_published_while_sheets_are_missing_and_its_window_is_open()
    {
        var organiser = await _factory.SignedInAsync("btc-hoa@c06.gov.vn");
        await organiser.PostFormAsync("/organizer/editions/2023/judging/round1", [], "/organizer/editions/2023/judging/round1?handler=AutoAssign");

        var early = await organiser.PostFormAsync("/organizer/editions/2023/judging/round1", [], "/organizer/editions/2023/judging/round1?handler=Publish");

        Assert.Contains("còn phiếu chấm chưa nộp", WebUtility.HtmlDecode(await early.Content.ReadAsStringAsync()), StringComparison.Ordinal);
        Assert.False(await _factory.WithScopeAsync(sp => sp.GetRequiredService<AppDbContext>().RoundPublications.AnyAsync()));

        // Once the window has closed, what stops it is no longer the missing sheets (here: every entry ties at 0).
        _factory.Clock.SetUtcNow((await _factory.RoundAsync("round1")).Window.EndsAt.AddMinutes(1));
        organiser = await _factory.SignedInAsync("btc-hoa@c06.gov.vn");
        var late = WebUtility.HtmlDecode(await (await organiser.PostFormAsync("/organizer/editions/2023/judging/round1", [],
            "/organizer/editions/2023/judging/round1?handler=Publish")).Content.ReadAsStringAsync());
        Assert.DoesNotContain("còn phiếu chấm chưa nộp", late, StringComparison.Ordinal);
        Assert.Contains("Chưa công bố được", late, StringComparison.Ordinal);
    }

    private static KeyValuePair<string, string>[] Order(int first, int second, string reason) =>
        [new("order", first.ToString(CultureInfo.InvariantCulture)), new("order", second.ToString(CultureInfo.InvariantCulture)), new("reason", reason)];
}
