using DataForLife.BrowserTests.Pages;
using DataForLife.BrowserTests.Support;
using DataForLife.Tests.Support;
using DataForLife.Web.Domain.Accounts;
using DataForLife.Web.Domain.Roster;
using DataForLife.Web.Features.Judging;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace DataForLife.BrowserTests;

public sealed class JudgingJourneys(BrowserFixture browser) : IClassFixture<BrowserFixture>, IAsyncLifetime
{
    private readonly KestrelPlatform _platform = new();

    [Fact]
    public async Task A_council_member_scores_three_dossiers_the_head_breaks_a_tie_at_place_30_and_the_TOP_30_is_public()
    {
        await _platform.SeedAsync(40);
        await _platform.CreateUserAsync("btc-vong1@c06.gov.vn", role: Roles.Organizer, displayName: "Lý Thị Vòng");
        var organiser = await browser.NewPageAsync(_platform.BaseUrl);
        organiser.Dialog += async (_, dialog) => await dialog.AcceptAsync();
        await new AccountPages(organiser).SignInAsync("btc-vong1@c06.gov.vn", TestUsers.Password);
        await organiser.GotoAsync("/organizer");
        await organiser.GetByRole(AriaRole.Link, new() { Name = "Chấm thi và kết quả" }).ClickAsync();
        await organiser.GetByRole(AriaRole.Link, new() { Name = "Vòng hồ sơ (sơ loại)" }).ClickAsync();
        await organiser.GetByRole(AriaRole.Button, new() { Name = "Phân công tự động (3 người mỗi hồ sơ)" }).ClickAsync();
        await Expect(organiser.Locator("#notice")).ToContainTextAsync("Đã giao thêm");

        var council = (await _platform.JudgeEmailsAsync(StaffBody.Council))[0];
        var judge = await browser.NewPageAsync(_platform.BaseUrl);
        await new AccountPages(judge).SignInAsync(council, TestUsers.Password);
        await judge.GotoAsync("/judging");
        var sheets = new JudgingPages(judge);
        for (var i = 0; i < 3; i++)
        {
            await judge.Locator("[data-round='round1'] li a").Nth(i).ClickAsync();
            await Expect(judge.GetByRole(AriaRole.Heading, new() { Name = "Hồ sơ dự thi" })).ToBeVisibleAsync();
            await sheets.ScoreAndSubmitAsync(7.5);
            await Expect(judge.Locator("#notice")).ToContainTextAsync("Đã nộp phiếu chấm");
            await judge.GotoAsync("/judging");
        }

        await Expect(judge.Locator("[data-round='round1']")).ToContainTextAsync("đã nộp 3/");

        // The rest of the council scores the others; the 30th and 31st dossiers end up exactly equal.
        var entries = (await _platform.WithScopeAsync(async sp => await sp.GetRequiredService<RoundEntries>().ForAsync(await _platform.RoundAsync("round1"), CancellationToken.None))).Order().ToList();
        await _platform.SameReviewersAsync(entries[29], entries[30]);
        await _platform.ScoreEverythingAsync("round1", team => 0.95 - (Math.Min(entries.IndexOf(team), 29) * 0.02) - (entries.IndexOf(team) > 30 ? 0.1 : 0));
        await organiser.ReloadAsync();
        await organiser.GetByRole(AriaRole.Button, new() { Name = "Công bố kết quả" }).ClickAsync();
        await Expect(organiser.Locator(".validation-summary-errors")).ToContainTextAsync("Chưa công bố được");

        var head = await browser.NewPageAsync(_platform.BaseUrl);
        await new AccountPages(head).SignInAsync(JudgingFactory.Head, TestUsers.Password);
        await head.GotoAsync("/judging/ties/round1");
        var tie = head.Locator("section[data-tie]");
        await Expect(tie).ToContainTextAsync("Bằng điểm ở hạng 30");
        await JudgingPages.DecideSwappedAsync(tie, "Sản phẩm đã được thử nghiệm tại địa phương.");
        await Expect(head.Locator("#no-ties")).ToBeVisibleAsync();

        // The failed attempt answered the POST itself; open the round afresh rather than re-sending it.
        await organiser.GotoAsync("/organizer/editions/2023/judging/round1");
        await organiser.GetByRole(AriaRole.Button, new() { Name = "Công bố kết quả" }).ClickAsync();
        await Expect(organiser.Locator("#published")).ToBeVisibleAsync();

        var reader = await browser.NewPageAsync(_platform.BaseUrl);
        await reader.GotoAsync("/results");
        await Expect(reader.Locator("[data-round='round1'] li")).ToHaveCountAsync(30);
        await Expect(reader.Locator("[data-round='round1'] h2")).ToContainTextAsync("30 đội vào vòng sau");
    }

    [Fact]
    public async Task The_head_follows_everyones_progress_nudges_a_late_judge_by_e_mail_and_finds_the_ties_page()
    {
        await _platform.SeedAsync(12);
        await _platform.WithScopeAsync(async sp => await sp.GetRequiredService<JudgeAssignments>().AutoAssignAsync(await _platform.RoundAsync("round1"), CancellationToken.None));
        var late = (await _platform.JudgeEmailsAsync(StaffBody.Council))[0];
        var lateName = await _platform.WithScopeAsync(async sp => (await sp.GetRequiredService<JudgeDirectory>().ListAsync("2023", CancellationToken.None)).Single(j => j.Email == late).Name);

        var head = await browser.NewPageAsync(_platform.BaseUrl);
        await new AccountPages(head).SignInAsync(JudgingFactory.Head, TestUsers.Password);
        await head.GotoAsync("/judging");
        await head.GetByRole(AriaRole.Link, new() { Name = "Tiến độ chấm" }).ClickAsync();
        var row = head.Locator("#progress tbody tr").Filter(new() { HasText = lateName });
        await Expect(row).ToContainTextAsync("round1");
        await Expect(row.Locator("td.num")).ToHaveTextAsync(new System.Text.RegularExpressions.Regex(@"^0 / \d+$"));
        await row.GetByRole(AriaRole.Button, new() { Name = "Nhắc nhở" }).ClickAsync();
        await Expect(head.Locator("#notice")).ToContainTextAsync($"Đã gửi e-mail nhắc {lateName}.");
        var nudge = await _platform.Mailbox.WaitForAsync(late, "Nhắc chấm thi");
        Assert.Contains(lateName, nudge.TextBody, StringComparison.Ordinal);

        await head.GotoAsync("/judging");
        await head.GetByRole(AriaRole.Link, new() { NameRegex = new System.Text.RegularExpressions.Regex("^Quyết định bằng điểm · Vòng hồ sơ") }).ClickAsync();
        // Nothing is scored yet: the page waits for the sheets (or the window's end) before it shows any standing.
        await Expect(head.Locator("#ties-waiting")).ToContainTextAsync("khi mọi phiếu chấm đã nộp");
    }

    [Fact]
    public async Task A_head_declares_a_conflict_with_a_tied_team_sees_only_the_place_and_a_lead_decides_the_tie()
    {
        await _platform.SeedAsync(40);
        await _platform.WithScopeAsync(async sp => await sp.GetRequiredService<JudgeAssignments>().AutoAssignAsync(await _platform.RoundAsync("round1"), CancellationToken.None));
        var entries = (await _platform.WithScopeAsync(async sp => await sp.GetRequiredService<RoundEntries>().ForAsync(await _platform.RoundAsync("round1"), CancellationToken.None))).Order().ToList();
        await _platform.SameReviewersAsync(entries[29], entries[30]);
        await _platform.ScoreEverythingAsync("round1", team => 0.95 - (Math.Min(entries.IndexOf(team), 29) * 0.02) - (entries.IndexOf(team) > 30 ? 0.1 : 0));
        var tied = await _platform.WithScopeAsync(sp => sp.GetRequiredService<DataForLife.Web.Data.AppDbContext>().Teams
            .Where(t => t.Id == entries[29] || t.Id == entries[30]).OrderBy(t => t.Id).Select(t => new { t.PublicCode, t.Name }).ToListAsync());

        var head = await browser.NewPageAsync(_platform.BaseUrl);
        await new AccountPages(head).SignInAsync(JudgingFactory.Head, TestUsers.Password);
        await head.GotoAsync("/judging/conflicts");
        await head.GetByLabel("Đội", new() { Exact = true }).SelectOptionAsync(new SelectOptionValue { Label = $"{tied[0].PublicCode} · {tied[0].Name}" });
        await head.GetByLabel("Lý do").FillAsync("Con gái tôi là thành viên của đội.");
        await head.GetByRole(AriaRole.Button, new() { Name = "Khai báo" }).ClickAsync();
        await Expect(head.Locator("#notice")).ToHaveTextAsync("Đã ghi nhận khai báo.");
        await Expect(head.Locator("#my-conflicts")).ToContainTextAsync(tied[0].PublicCode);

        await head.GotoAsync("/judging/ties/round1");
        var hidden = head.Locator("section[data-tie-conflicted]");
        await Expect(hidden).ToContainTextAsync("Bằng điểm ở hạng 30");
        await Expect(hidden).ToContainTextAsync("Một trưởng nhóm giám khảo không có xung đột lợi ích với các đội này quyết định.");
        await Expect(head.Locator("main")).Not.ToContainTextAsync(tied[0].PublicCode);
        await Expect(head.Locator("main")).Not.ToContainTextAsync(tied[1].PublicCode);
        await Expect(head.Locator("main select")).ToHaveCountAsync(0);

        var lead = await browser.NewPageAsync(_platform.BaseUrl);
        await new AccountPages(lead).SignInAsync("hocpm@" + DataForLife.Web.Features.Demo.DemoTeams.StaffDomain, TestUsers.Password);
        await lead.GotoAsync("/judging");
        await lead.GetByRole(AriaRole.Link, new() { NameRegex = new System.Text.RegularExpressions.Regex("^Quyết định bằng điểm · Vòng hồ sơ") }).ClickAsync();
        var tie = lead.Locator("section[data-tie]");
        await Expect(tie).ToContainTextAsync(tied[0].PublicCode);
        await Expect(tie).ToContainTextAsync(tied[1].PublicCode);
        await JudgingPages.DecideSwappedAsync(tie, "Sản phẩm đã được thử nghiệm tại địa phương.");
        await Expect(lead.Locator("#no-ties")).ToBeVisibleAsync();

        await head.ReloadAsync();
        await Expect(head.Locator("#no-ties")).ToBeVisibleAsync();
    }

    [Fact]
    public async Task An_organiser_opens_a_pitch_session_in_Ho_Chi_Minh_City_and_a_team_of_the_TOP_30_takes_a_slot()
    {
        await _platform.SeedAsync(12);
        await _platform.CreateUserAsync("btc-sokhao@c06.gov.vn", role: Roles.Organizer, displayName: "Tạ Thị Sơ Khảo");
        await _platform.WithScopeAsync(async sp => await sp.GetRequiredService<JudgeAssignments>().AutoAssignAsync(await _platform.RoundAsync("round1"), CancellationToken.None));
        var round1 = (await _platform.WithScopeAsync(async sp => await sp.GetRequiredService<RoundEntries>().ForAsync(await _platform.RoundAsync("round1"), CancellationToken.None))).ToList();
        await _platform.ScoreEverythingAsync("round1", team => 0.2 + (round1.IndexOf(team) * 0.05));
        var organiserApi = await _platform.SignedInAsync("btc-sokhao@c06.gov.vn");
        await organiserApi.PostFormAsync("/organizer/editions/2023/judging/round1", [], "/organizer/editions/2023/judging/round1?handler=Publish");
        var teams = (await _platform.WithScopeAsync(async sp => await sp.GetRequiredService<RoundEntries>().ForAsync(await _platform.RoundAsync("round2"), CancellationToken.None))).Order().ToList();
        Assert.NotEmpty(teams);

        var organiser = await browser.NewPageAsync(_platform.BaseUrl);
        await new AccountPages(organiser).SignInAsync("btc-sokhao@c06.gov.vn", TestUsers.Password);
        await organiser.GotoAsync("/organizer/editions/2023/judging/round2");
        // A session outside the round's dates is refused with the reason; one made by mistake is removed while it holds no team.
        await organiser.GetByLabel("Bắt đầu", new() { Exact = false }).FillAsync("2023-12-01T09:00");
        await organiser.GetByLabel("Số lượt").FillAsync("1");
        await organiser.GetByRole(AriaRole.Button, new() { Name = "Tạo buổi" }).ClickAsync();
        await Expect(organiser.Locator("#session-error")).ToHaveTextAsync("Buổi thuyết trình phải bắt đầu và kết thúc trong thời gian của vòng thi.");
        await organiser.GetByLabel("Bắt đầu", new() { Exact = false }).FillAsync("2023-10-03T09:00");
        await organiser.GetByLabel("Số lượt").FillAsync("1");
        await organiser.GetByRole(AriaRole.Button, new() { Name = "Tạo buổi" }).ClickAsync();
        await organiser.GetByRole(AriaRole.Button, new() { Name = "Xoá buổi", Exact = false }).ClickAsync();
        await Expect(organiser.Locator("#notice")).ToHaveTextAsync("Đã xoá buổi thuyết trình.");
        await Expect(organiser.Locator("section[aria-labelledby='sessions-heading'] ol")).ToHaveCountAsync(0);
        await organiser.GetByLabel("Địa điểm").SelectOptionAsync(new SelectOptionValue { Label = "TP. Hồ Chí Minh" });
        await organiser.GetByLabel("Bắt đầu", new() { Exact = false }).FillAsync("2023-10-02T14:00");
        await organiser.GetByLabel("Phút mỗi lượt").FillAsync("20");
        await organiser.GetByLabel("Số lượt").FillAsync("3");
        await organiser.GetByLabel("Phạm Minh Học").CheckAsync();
        await organiser.GetByRole(AriaRole.Button, new() { Name = "Tạo buổi" }).ClickAsync();
        var session = organiser.Locator("section[aria-labelledby='sessions-heading'] ol li");
        await Expect(session).ToHaveCountAsync(3);
        await Expect(organiser.Locator("section[aria-labelledby='sessions-heading'] h3").First).ToContainTextAsync("TP. Hồ Chí Minh");
        await Expect(organiser.Locator("section[aria-labelledby='sessions-heading']")).ToContainTextAsync("Phạm Minh Học");

        var leader = await browser.NewPageAsync(_platform.BaseUrl);
        await new AccountPages(leader).SignInAsync(await _platform.LeaderOfAsync(teams[0]), TestUsers.Password);
        await leader.GotoAsync("/team/pitch");
        await Expect(leader.Locator("#no-slot")).ToBeVisibleAsync();
        var slots = leader.Locator("section[data-session] ol li");
        await slots.Nth(1).GetByRole(AriaRole.Button, new() { Name = "Chọn lượt này" }).ClickAsync();
        await Expect(leader.Locator("#notice")).ToHaveTextAsync("Đã giữ lượt thuyết trình cho đội.");
        await Expect(leader.Locator("#my-slot")).ToContainTextAsync("TP. Hồ Chí Minh");
        await Expect(slots.Nth(1)).ToContainTextAsync("đội của bạn");

        var other = await browser.NewPageAsync(_platform.BaseUrl);
        await new AccountPages(other).SignInAsync(await _platform.LeaderOfAsync(teams[1]), TestUsers.Password);
        await other.GotoAsync("/team/pitch");
        await Expect(other.Locator("section[data-session] ol li").Nth(1)).ToContainTextAsync("đã có đội");
        await Expect(other.Locator("section[data-session] ol li").Nth(1).GetByRole(AriaRole.Button)).ToHaveCountAsync(0);

        var code = await _platform.WithScopeAsync(sp => sp.GetRequiredService<DataForLife.Web.Data.AppDbContext>().Teams.Where(t => t.Id == teams[0]).Select(t => t.PublicCode).SingleAsync());
        await organiser.ReloadAsync();
        await Expect(session.Nth(1)).ToContainTextAsync(code);
    }

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync() => await _platform.DisposeAsync();
}
