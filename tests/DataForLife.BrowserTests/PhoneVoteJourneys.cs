using System.Text.RegularExpressions;
using DataForLife.BrowserTests.Pages;
using DataForLife.BrowserTests.Support;
using static Microsoft.Playwright.Assertions;

namespace DataForLife.BrowserTests;

/// <summary>The public vote as a newspaper's reader meets it on a 360 px phone.</summary>
public sealed partial class PhoneVoteJourneys(BrowserFixture browser, KestrelPlatform platform) : IClassFixture<BrowserFixture>, IClassFixture<KestrelPlatform>
{
    private const string FirstEntryOnScreen = "() => { const h = document.querySelector('article[data-entry] h3'); return !!h && h.getBoundingClientRect().bottom <= window.innerHeight; }";

    [GeneratedRegex(@"\b\d{6}\b")]
    private static partial Regex SixDigits();

    [Fact]
    public async Task A_reader_sees_an_entry_first_keeps_the_code_box_at_the_resend_limit_votes_sees_it_plainly_and_shares()
    {
        var entries = await platform.OpenVotingAsync(teams: 6);
        var page = await browser.NewPhonePageAsync(platform.BaseUrl);
        var vote = new VotingPages(page);
        await vote.OpenGalleryAsync();

        Assert.True(await page.EvaluateAsync<bool>(FirstEntryOnScreen), "no entry on the gallery's first screen");
        Assert.Equal(0, await Screens.OverflowAsync(page));
        await Expect(page.GetByRole(AriaRole.Link, new() { Name = "Kết quả" })).ToBeHiddenAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Trình đơn" }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Link, new() { Name = "Kết quả" })).ToBeVisibleAsync();
        await Screens.CaptureAsync(page, "vote-gallery");
        await page.GetByRole(AriaRole.Button, new() { Name = "Trình đơn" }).ClickAsync();

        await vote.AskForCodeByEmailAsync("doc.gia.dt@example.vn");
        await Expect(vote.CodeSent).ToContainTextAsync("Thư có thể đến sau một phút.");
        for (var sent = 1; sent <= 3; sent++)
        {
            await page.GetByRole(AriaRole.Button, new() { Name = "Gửi lại mã" }).ClickAsync();
        }

        await Expect(page.Locator("#error-summary")).ToBeFocusedAsync();
        await Expect(vote.CodeSent).ToContainTextAsync("Hãy nhập mã mới nhất");
        await Expect(page.GetByRole(AriaRole.Button, new() { Name = "Gửi lại mã" })).ToHaveCountAsync(0);
        var latest = await platform.Mailbox.WaitForAsync("doc.gia.dt@example.vn", "Mã xác thực bình chọn", count: 3);
        await vote.VerifyAsync(SixDigits().Match(latest.Subject ?? string.Empty).Value);
        await Expect(vote.Voter).ToContainTextAsync("Bạn đang bình chọn với");

        var code = entries[0];
        await page.GotoAsync($"/vote/{code}");
        var name = await page.GetByRole(AriaRole.Heading, new() { Level = 1 }).TextContentAsync() ?? string.Empty;
        await vote.VoteForAsync(name.Trim());
        var card = vote.Card(code);
        await Expect(card.Locator("[data-voted='true']")).ToContainTextAsync("Đã bình chọn lúc");
        await Expect(card.GetByRole(AriaRole.Button)).ToHaveCountAsync(0);
        await Expect(card.GetByRole(AriaRole.Link, new() { Name = "Bình chọn cho bài khác" })).ToBeVisibleAsync();

        await Expect(page.GetByRole(AriaRole.Button, new() { Name = "Sao chép liên kết (để dán vào Zalo, Messenger…)" })).ToBeVisibleAsync();
        await Expect(page.GetByRole(AriaRole.Link, new() { Name = "Facebook" })).ToHaveAttributeAsync("href", new Regex(Regex.Escape(Uri.EscapeDataString($"/vote/{code}")) + "$"));
        Assert.Equal(0, await Screens.OverflowAsync(page));
        await Screens.CaptureAsync(page, "vote-entry");

        // A phone with a share sheet (stubbed here: headless Chromium has none) gets the entry handed to it.
        var sharing = await browser.NewPhonePageAsync(platform.BaseUrl);
        await sharing.Context.AddInitScriptAsync("navigator.share = d => { window.sharedWith = d; return Promise.resolve(); };");
        await sharing.GotoAsync($"/vote/{entries[1]}");
        await sharing.GetByRole(AriaRole.Button, new() { Name = "Chia sẻ", Exact = true }).ClickAsync();
        Assert.EndsWith($"/vote/{entries[1]}", await sharing.EvaluateAsync<string>("() => window.sharedWith && window.sharedWith.url"), StringComparison.Ordinal);
    }
}
