namespace DataForLife.BrowserTests.Support;

/// <summary>One headless Debian Chromium, driven by Playwright, shared by the journeys of a test class.</summary>
public sealed class BrowserFixture : IAsyncLifetime
{
    private IPlaywright? _playwright;

    public IBrowser Browser { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        Assertions.SetDefaultExpectTimeout(120_000);
        _playwright = await Playwright.CreateAsync();
        Browser = await _playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = "/usr/bin/chromium",
            Headless = true,
            Args =
            [
                "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking",
                "--disable-component-update", "--disable-sync", "--disable-dev-shm-usage",
            ],
        });
    }

    /// <summary>A fresh browser profile (no cookies) that opens pages of the given server.</summary>
    public async Task<IPage> NewPageAsync(string baseUrl, string? timezone = null)
    {
        var context = await Browser.NewContextAsync(new BrowserNewContextOptions { BaseURL = baseUrl, TimezoneId = timezone, Locale = "vi-VN" });
        // Waits end as soon as the page is ready; a machine busy with other builds needs longer, never a failure.
        context.SetDefaultTimeout(120_000);
        return await context.NewPageAsync();
    }

    /// <summary>A fresh browser profile on a 360 px wide phone, the narrowest screen the site is made for.</summary>
    public async Task<IPage> NewPhonePageAsync(string baseUrl)
    {
        var context = await Browser.NewContextAsync(new BrowserNewContextOptions
        {
            BaseURL = baseUrl, Locale = "vi-VN", ViewportSize = new() { Width = Screens.Phone, Height = 740 }, IsMobile = true, HasTouch = true,
        });
        context.SetDefaultTimeout(15_000);
        return await context.NewPageAsync();
    }

    public async Task DisposeAsync()
    {
        await Browser.DisposeAsync();
        _playwright?.Dispose();
    }
}
