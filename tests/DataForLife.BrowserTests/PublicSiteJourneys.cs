using DataForLife.BrowserTests.Pages;
using DataForLife.BrowserTests.Support;
using static Microsoft.Playwright.Assertions;

namespace DataForLife.BrowserTests;

public sealed class PublicSiteJourneys(BrowserFixture browser) : IClassFixture<BrowserFixture>, IAsyncLifetime
{
    private readonly KestrelPlatform _platform = new();

    [Fact]
    public async Task A_reader_sees_the_contest_in_Vietnamese_and_switches_to_English()
    {
        var page = await browser.NewPageAsync(_platform.BaseUrl);
        var landing = new LandingPage(page);

        await landing.OpenAsync();
        await Expect(landing.Heading).ToContainTextAsync("Dữ liệu số với cuộc sống");
        await Expect(landing.Categories).ToHaveTextAsync(["Chính phủ số", "Xã hội số", "Kinh tế số"]);
        await Expect(landing.PrizeTotal).ToHaveTextAsync("370.000.000 ₫");
        await Expect(landing.Phase("submission")).ToContainTextAsync("15/09/2023 00:00");

        await landing.SwitchLanguageAsync("English");

        await Expect(page.Locator("html")).ToHaveAttributeAsync("lang", "en");
        await Expect(landing.Categories).ToHaveTextAsync(["Digital Government", "Digital Society", "Digital Economy"]);
        await Expect(landing.PrizeTotal).ToHaveTextAsync("370,000,000 VND");
        await page.GotoAsync("/rules");
        await Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToContainTextAsync("Rules");
    }

    [Fact]
    public async Task A_reader_abroad_sees_their_own_time_beside_Viet_Nam_time()
    {
        var page = await browser.NewPageAsync(_platform.BaseUrl, timezone: "Europe/Paris");

        await page.GotoAsync("/");

        var local = page.Locator("#timeline li[data-phase='submission'] .local-time").Last;
        await Expect(local).ToContainTextAsync("Europe/Paris");
        await Expect(local).ToContainTextAsync(new System.Text.RegularExpressions.Regex(@"\d{2}/\d{2}/\d{4}"));
        // The reader's time follows the label naming Viet Nam time, which stays beside the time it names.
        Assert.Equal("zone", await local.EvaluateAsync<string>("e => e.previousElementSibling.className"));
        Assert.Equal("TIME", await local.EvaluateAsync<string>("e => e.previousElementSibling.previousElementSibling.tagName"));
    }

    [Fact]
    public async Task The_landing_page_fits_a_phone_screen()
    {
        var page = await browser.NewPageAsync(_platform.BaseUrl);
        await page.SetViewportSizeAsync(360, 740);

        await page.GotoAsync("/");
        var overflow = await page.EvaluateAsync<bool>("() => document.documentElement.scrollWidth > window.innerWidth");

        Assert.False(overflow, "The page scrolls sideways on a 360 px wide phone.");
        await Expect(page.GetByRole(AriaRole.Link, new() { Name = "Đăng ký dự thi" })).ToBeVisibleAsync();
    }

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync() => await _platform.DisposeAsync();
}
