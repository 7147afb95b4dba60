using DataForLife.BrowserTests.Pages;
using DataForLife.BrowserTests.Support;
using DataForLife.Tests.Support;
using static Microsoft.Playwright.Assertions;

namespace DataForLife.BrowserTests;

/// <summary>The organisers write to a segment; the people in it read the announcement on their own page.</summary>
public sealed class MessageJourneys(BrowserFixture browser) : IClassFixture<BrowserFixture>, IAsyncLifetime
{
    private readonly KestrelPlatform _platform = new();
    private IReadOnlyList<int> _finalists = [];

    public async Task InitializeAsync() => _finalists = await _platform.PublishFinalistsAsync();

    public async Task DisposeAsync() => await _platform.DisposeAsync();

    private async Task<IPage> SignedInAsync(string email)
    {
        var page = await browser.NewPageAsync(_platform.BaseUrl);
        await new AccountPages(page).SignInAsync(email, TestUsers.Password);
        return page;
    }

    [Fact]
    public async Task The_organiser_sends_an_announcement_to_the_TOP_10_and_a_finalist_reads_it_on_the_team_page()
    {
        var organiser = await SignedInAsync(FinalSetup.Organiser);
        await organiser.GotoAsync("/organizer");
        await organiser.GetByRole(AriaRole.Link, new() { Name = "Viết thông báo", Exact = true }).ClickAsync();
        await organiser.GetByLabel("Gửi tới").SelectOptionAsync(new SelectOptionValue { Label = "TOP 10 (Vòng sơ khảo)" });
        await organiser.GetByLabel("Tiêu đề (tiếng Việt)").FillAsync("Lịch tập trung vòng chung kết");
        await organiser.GetByLabel("Nội dung (tiếng Việt, Markdown)").FillAsync("Các đội có mặt lúc **8:00** ngày 23/11 tại Hội trường C2.");
        await organiser.GetByRole(AriaRole.Button, new() { Name = "Xem trước" }).ClickAsync();
        await Expect(organiser.Locator("#recipient-count")).ToContainTextAsync("Số người nhận nếu gửi bây giờ:");
        await Expect(organiser.Locator("#preview strong", new() { HasText = "8:00" })).ToBeVisibleAsync();
        await organiser.GetByRole(AriaRole.Button, new() { Name = "Gửi", Exact = true }).ClickAsync();
        await Expect(organiser.Locator("#notice")).ToContainTextAsync("Đã gửi thông báo tới");
        await Expect(organiser.Locator("#announcements tbody tr").First).ToContainTextAsync("Lịch tập trung vòng chung kết");

        var leader = await SignedInAsync(await _platform.LeaderOfAsync(_finalists[0]));
        await leader.GotoAsync("/team");
        await Expect(leader.Locator("#my-announcements")).ToContainTextAsync("Lịch tập trung vòng chung kết");
        await Expect(leader.Locator("#my-announcements strong", new() { HasText = "8:00" })).ToBeVisibleAsync();
    }
}
