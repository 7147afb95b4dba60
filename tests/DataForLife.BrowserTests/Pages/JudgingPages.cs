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
}
