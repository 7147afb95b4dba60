namespace DataForLife.BrowserTests.Pages;

public sealed class LandingPage(IPage page)
{
    public ILocator Heading => page.GetByRole(AriaRole.Heading, new() { Level = 1 });

    public ILocator Categories => page.Locator("#categories-heading + ul li h3");

    public ILocator PrizeTotal => page.Locator("#prize-total");

    public ILocator Deadline => page.Locator("#deadline");

    public async Task OpenAsync() => await page.GotoAsync("/");

    public async Task SwitchLanguageAsync(string linkText) => await page.GetByRole(AriaRole.Link, new() { Name = linkText, Exact = true }).ClickAsync();

    public ILocator Phase(string code) => page.Locator($"#timeline li[data-phase='{code}']");
}
