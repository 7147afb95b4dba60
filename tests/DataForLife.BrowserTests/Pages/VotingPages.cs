namespace DataForLife.BrowserTests.Pages;

/// <summary>The public vote as a reader uses it: the verification forms, the gallery and an entry's page.</summary>
public sealed class VotingPages(IPage page)
{
    public ILocator Notice => page.Locator("#notice");

    public ILocator CodeSent => page.Locator("#code-sent");

    public ILocator Voter => page.Locator("#voter");

    public ILocator VotedBadges => page.Locator("[data-voted='true']");

    public ILocator Card(string code) => page.Locator($"article[data-entry='{code}']");

    public async Task OpenGalleryAsync() => await page.GotoAsync("/vote");

    public async Task AskForCodeByEmailAsync(string email)
    {
        await page.GetByRole(AriaRole.Link, new() { Name = "Xác thực e-mail hoặc số điện thoại để bình chọn" }).ClickAsync();
        await page.GetByLabel("Địa chỉ e-mail").FillAsync(email);
        await page.GetByRole(AriaRole.Button, new() { Name = "Nhận mã qua e-mail" }).ClickAsync();
    }

    public async Task VerifyAsync(string code)
    {
        await page.GetByLabel("Mã xác thực (6 chữ số)").FillAsync(code);
        await page.GetByRole(AriaRole.Button, new() { Name = "Xác thực", Exact = true }).ClickAsync();
    }

    /// <summary>The team's name as its card shows it.</summary>
    public async Task<string> TeamNameAsync(string code) => (await Card(code).GetByRole(AriaRole.Heading).TextContentAsync() ?? string.Empty).Trim();

    public async Task VoteForAsync(string teamName) => await page.GetByRole(AriaRole.Button, new() { Name = $"Bình chọn cho {teamName}", Exact = true }).ClickAsync();

    public async Task OpenEntryAsync(string teamName) => await page.GetByRole(AriaRole.Link, new() { Name = teamName, Exact = true }).ClickAsync();

    public async Task BackToGalleryAsync() => await page.GetByRole(AriaRole.Link, new() { Name = "← Tất cả bài dự thi" }).ClickAsync();
}
