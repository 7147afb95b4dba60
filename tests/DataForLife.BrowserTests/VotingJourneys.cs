using System.Text.RegularExpressions;
using DataForLife.BrowserTests.Pages;
using DataForLife.BrowserTests.Support;
using DataForLife.Tests.Support;
using DataForLife.Web.Data;
using DataForLife.Web.Domain.Accounts;
using DataForLife.Web.Domain.Voting;
using DataForLife.Web.Features.Voting;
using Microsoft.Extensions.DependencyInjection;
using static Microsoft.Playwright.Assertions;

namespace DataForLife.BrowserTests;

public sealed partial class VotingJourneys(BrowserFixture browser) : IClassFixture<BrowserFixture>, IAsyncLifetime
{
    private readonly KestrelPlatform _platform = new();

    [Fact]
    public async Task A_reader_verifies_by_e_mail_votes_for_two_entries_and_a_second_vote_for_the_first_is_not_counted_again()
    {
        var entries = await _platform.OpenVotingAsync();
        var (first, second) = (entries[3], entries[17]);
        var page = await browser.NewPageAsync(_platform.BaseUrl);
        var vote = new VotingPages(page);

        await vote.OpenGalleryAsync();
        await vote.AskForCodeByEmailAsync("ban.doc@example.vn");
        await Expect(vote.CodeSent).ToContainTextAsync("Đã gửi mã 6 chữ số tới b");
        var mail = await _platform.Mailbox.WaitForAsync("ban.doc@example.vn", "Mã xác thực bình chọn");
        await vote.VerifyAsync(SixDigits().Match(mail.Subject ?? string.Empty).Value);
        await Expect(page).ToHaveURLAsync(new Regex("/vote$"));
        await Expect(vote.Voter).ToContainTextAsync("Bạn đang bình chọn với b");
        await Expect(vote.VotedBadges).ToHaveCountAsync(0);

        var firstName = await vote.TeamNameAsync(first);
        var secondName = await vote.TeamNameAsync(second);
        await vote.VoteForAsync(firstName);
        await Expect(vote.Notice).ToHaveTextAsync($"Đã ghi nhận phiếu bình chọn của bạn cho {firstName}.");
        // Back in the gallery the reader lands on the entry's card, and the outcome is told there, on screen.
        await Expect(vote.Card(first).Locator("#notice")).ToBeInViewportAsync();
        await Expect(vote.Card(first).Locator("[data-voted='true']")).ToBeVisibleAsync();

        await vote.OpenEntryAsync(secondName);
        await vote.VoteForAsync(secondName);
        await Expect(page).ToHaveURLAsync(new Regex($"/vote/{second}$"));
        await Expect(vote.Notice).ToHaveTextAsync($"Đã ghi nhận phiếu bình chọn của bạn cho {secondName}.");
        await Expect(vote.Card(second).Locator("[data-voted='true']")).ToBeVisibleAsync();

        // Voted is said plainly, with no second button to press (a vote sent twice is counted once: VoteGalleryTests).
        await vote.BackToGalleryAsync();
        await Expect(vote.Card(first).GetByRole(AriaRole.Button)).ToHaveCountAsync(0);
        await Expect(vote.VotedBadges).ToHaveCountAsync(2);
        await Expect(vote.Card(first).Locator("[data-voted='true']")).ToBeVisibleAsync();
        await Expect(vote.Card(second).Locator("[data-voted='true']")).ToBeVisibleAsync();
        Assert.Equal(new Dictionary<string, int> { [first] = 1, [second] = 1 }, await CountedAsync());
    }

    [Fact]
    public async Task An_organiser_quarantines_a_burst_for_one_entry_and_its_counted_votes_drop_by_the_burst()
    {
        var entries = await _platform.OpenVotingAsync();
        var entry = entries[5];
        // Thirty readers forty minutes apart since the vote opened, then 150 in one minute from one network.
        await AddVotesAsync(entry,
            Enumerable.Range(0, 30).Select(i => ($"organic-{i}", Vietnam(29, 12, 30).AddMinutes(i * 40), $"100.64.{i}.0/24", "Mozilla/5.0 (Linux; Android 13) Chrome/117.0"))
                .Concat(Enumerable.Range(0, 150).Select(i => ($"burst-{i}", Vietnam(30, 9, 15).AddSeconds(i % 60), "203.0.113.0/24", "BurstBot/1.0"))));
        await _platform.CreateUserAsync("btc-binhchon@c06.gov.vn", role: Roles.Organizer, displayName: "Trần Thị Phiếu");
        var page = await browser.NewPageAsync(_platform.BaseUrl);
        var confirmations = new List<string>();
        page.Dialog += async (_, dialog) =>
        {
            confirmations.Add(dialog.Message);
            await dialog.AcceptAsync();
        };
        var review = new VoteReviewPages(page);
        await new AccountPages(page).SignInAsync("btc-binhchon@c06.gov.vn", TestUsers.Password);

        await review.OpenCountsFromHomeAsync();
        await Expect(review.Counted(entry)).ToHaveTextAsync("180");
        await Expect(review.Quarantined(entry)).ToHaveTextAsync("0");
        await review.OpenReviewAsync();
        await Expect(review.Burst(entry).Locator("[data-votes]")).ToHaveTextAsync("150");
        await review.QuarantineBurstAsync(entry, "150 phiếu trong một phút từ một mạng");

        await Expect(review.Notice).ToContainTextAsync("Đã cách ly 150 phiếu");
        Assert.Equal(["Cách ly 150 phiếu này? Chúng sẽ không được tính cho đến khi được gỡ cách ly."], confirmations);
        await Expect(review.Burst(entry)).ToHaveCountAsync(0);
        await Expect(review.Quarantines).ToContainTextAsync("150 phiếu trong một phút từ một mạng");
        await review.OpenCountsAsync();
        await Expect(review.Counted(entry)).ToHaveTextAsync("30");
        await Expect(review.Quarantined(entry)).ToHaveTextAsync("150");
        Assert.Equal(new Dictionary<string, int> { [entry] = 30 }, await CountedAsync());
    }

    private static DateTimeOffset Vietnam(int day, int hour, int minute = 0) => EditionSamples.Vietnam(2023, 9, day, hour, minute);

    /// <summary>Stores web votes for the entry as the writer would, at times a clock that stands still cannot reach through the page.</summary>
    private Task AddVotesAsync(string entry, IEnumerable<(string Voter, DateTimeOffset At, string Network, string Agent)> votes) => _platform.WithScopeAsync(async sp =>
    {
        var team = (await sp.GetRequiredService<VotingCatalog>().FindAsync("2023", CancellationToken.None))!.TeamByCode[entry];
        var db = sp.GetRequiredService<AppDbContext>();
        db.Votes.AddRange(votes.Select(v => new Vote
        {
            EditionId = "2023",
            TeamId = team,
            VoterKey = VoteKeys.Email(v.Voter + "@example.vn"),
            Day = 0,
            Source = VoteSource.Web,
            Network = v.Network,
            UserAgent = v.Agent,
            CastAtUtc = v.At.UtcDateTime,
            Minute = VoteKeys.Minute(v.At.UtcDateTime),
        }));
        await db.SaveChangesAsync();
    });

    /// <summary>Counted votes by entry code, as the tally reads them.</summary>
    private Task<Dictionary<string, int>> CountedAsync() => _platform.WithScopeAsync(async sp =>
    {
        var codes = (await sp.GetRequiredService<VotingCatalog>().FindAsync("2023", CancellationToken.None))!.CodeByTeam;
        return (await sp.GetRequiredService<VoteCounts>().CountedAsync("2023", CancellationToken.None)).ToDictionary(c => codes[c.Key], c => c.Value);
    });

    [Fact]
    public async Task The_gallery_an_entry_and_the_verification_page_fit_a_phone_screen()
    {
        var entries = await _platform.OpenVotingAsync();
        var page = await browser.NewPageAsync(_platform.BaseUrl);
        await page.SetViewportSizeAsync(360, 740);
        var vote = new VotingPages(page);

        foreach (var path in new[] { "/vote", $"/vote/{entries[0]}", "/vote/verify" })
        {
            await page.GotoAsync(path);
            var overflow = await page.EvaluateAsync<bool>("() => document.documentElement.scrollWidth > window.innerWidth");
            Assert.False(overflow, $"{path} scrolls sideways on a 360 px wide phone.");
        }

        // The vote button of a card is on screen without zooming: a reader opening the gallery from the newspaper's site can use it.
        await vote.OpenGalleryAsync();
        var button = vote.Card(entries[0]).GetByRole(Microsoft.Playwright.AriaRole.Button);
        await button.ScrollIntoViewIfNeededAsync();
        var box = await button.BoundingBoxAsync();
        Assert.NotNull(box);
        Assert.True(box.X >= 0 && box.X + box.Width <= 360, $"The vote button lies outside the screen ({box.X} to {box.X + box.Width}).");
        Assert.True(box.Height >= 24, $"The vote button is {box.Height} px high, too small to tap.");
    }

    [Fact]
    public async Task A_reader_using_only_the_keyboard_skips_to_the_content_verifies_and_votes_with_the_focus_always_shown()
    {
        var entries = await _platform.OpenVotingAsync();
        var page = await browser.NewPageAsync(_platform.BaseUrl);
        var vote = new VotingPages(page);
        await vote.OpenGalleryAsync();
        var teamName = await vote.TeamNameAsync(entries[0]);

        // The first Tab reaches the skip link, shown when focused; after it, the next Tab lands inside the content.
        await page.Keyboard.PressAsync("Tab");
        var skip = page.GetByRole(AriaRole.Link, new() { Name = "Bỏ qua, đến nội dung chính" });
        await Expect(skip).ToBeFocusedAsync();
        Assert.True((await skip.BoundingBoxAsync())!.X >= 0, "The focused skip link stays off screen.");
        await page.Keyboard.PressAsync("Enter");
        await page.Keyboard.PressAsync("Tab");
        Assert.True(await page.EvaluateAsync<bool>("() => document.querySelector('main').contains(document.activeElement)"),
            "After the skip link, Tab does not land in the main content.");
        // The first thing there is the way to verify: no reader tabs through thirty entries to find it.

        await Expect(page.GetByRole(AriaRole.Link, new() { Name = "Xác thực e-mail hoặc số điện thoại để bình chọn" })).ToBeFocusedAsync();
        await page.Keyboard.PressAsync("Enter");
        await TabToAsync(page, page.GetByLabel("Địa chỉ e-mail"));
        await page.Keyboard.TypeAsync("ban.phim@example.vn");
        await page.Keyboard.PressAsync("Enter");
        await Expect(vote.CodeSent).ToContainTextAsync("Đã gửi mã 6 chữ số tới b");
        var mail = await _platform.Mailbox.WaitForAsync("ban.phim@example.vn", "Mã xác thực bình chọn");
        await TabToAsync(page, page.GetByLabel("Mã xác thực (6 chữ số)"));
        await page.Keyboard.TypeAsync(SixDigits().Match(mail.Subject ?? string.Empty).Value);
        await page.Keyboard.PressAsync("Enter");
        await Expect(vote.Voter).ToContainTextAsync("Bạn đang bình chọn với b");

        await TabToAsync(page, page.GetByRole(AriaRole.Button, new() { Name = $"Bình chọn cho {teamName}", Exact = true }), most: 200);
        await page.Keyboard.PressAsync("Space");
        await Expect(vote.Notice).ToHaveTextAsync($"Đã ghi nhận phiếu bình chọn của bạn cho {teamName}.");
        Assert.Equal(new Dictionary<string, int> { [entries[0]] = 1 }, await CountedAsync());
    }

    /// <summary>
    /// Unless the element has the focus already, presses Tab until it has (at most <paramref name="most"/> times), and checks on the way that
    /// every element the focus visits is drawn with a visible outline.
    /// </summary>
    private static async Task TabToAsync(IPage page, ILocator target, int most = 60)
    {
        var visited = new List<string>();
        if (await target.EvaluateAsync<bool>("e => e === document.activeElement"))
        {
            return;
        }

        for (var i = 0; i < most; i++)
        {
            await page.Keyboard.PressAsync("Tab");
            var focused = await page.EvaluateAsync<string[]>("""
                () => {
                  const e = document.activeElement;
                  const style = e ? getComputedStyle(e) : null;
                  return [e ? e.outerHTML.slice(0, 120) : '', style ? style.outlineStyle : 'none', style ? style.outlineWidth : '0px'];
                }
                """);
            Assert.True(focused[1] != "none" && focused[2] != "0px", $"The focus is not shown on {focused[0]}");
            visited.Add(focused[0]);
            if (await target.EvaluateAsync<bool>("e => e === document.activeElement"))
            {
                return;
            }
        }

        Assert.Fail($"Tab did not reach {target} in {most} presses; it went to: {string.Join(" | ", visited.Distinct())}");
    }

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync() => await _platform.DisposeAsync();

    [GeneratedRegex("[0-9]{6}")]
    private static partial Regex SixDigits();
}
