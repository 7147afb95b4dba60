namespace DataForLife.BrowserTests.Pages;

public sealed class JudgingPages(IPage page)
{
    /// <summary>Fills every criterion of the open score sheet with the same score and submits it.</summary>
    public async Task ScoreAndSubmitAsync(double score)
    {
        var inputs = page.Locator("#score-sheet input[type=number]");
        for (var i = 0; i < await inputs.CountAsync(); i++)
        {
            await inputs.Nth(i).FillAsync(score.ToString(System.Globalization.CultureInfo.InvariantCulture));
        }

        await page.GetByRole(AriaRole.Button, new() { Name = "Nộp phiếu chấm" }).ClickAsync();
    }

    /// <summary>On the ties page, puts a two-team tie in the other order than the one offered, with a reason, and decides.</summary>
    public static async Task DecideSwappedAsync(ILocator tie, string reason)
    {
        var first = await tie.Locator("select").Nth(0).Locator("option").Nth(1).GetAttributeAsync("value");
        var second = await tie.Locator("select").Nth(1).Locator("option").Nth(0).GetAttributeAsync("value");
        await tie.Locator("select").Nth(0).SelectOptionAsync(first!);
        await tie.Locator("select").Nth(1).SelectOptionAsync(second!);
        await tie.GetByLabel("Lý do").FillAsync(reason);
        await tie.GetByRole(AriaRole.Button, new() { Name = "Quyết định thứ tự" }).ClickAsync();
    }
}
