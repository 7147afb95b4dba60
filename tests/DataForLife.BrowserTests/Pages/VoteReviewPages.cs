namespace DataForLife.BrowserTests.Pages;

/// <summary>The organisers' vote pages: the counts per entry and the fraud review with its quarantine forms.</summary>
public sealed class VoteReviewPages(IPage page)
{
    public ILocator Notice => page.Locator("#notice");

    public ILocator Burst(string entry) => page.Locator($"#bursts tr[data-finding='burst'][data-entry='{entry}']");

    public ILocator Counted(string entry) => page.Locator($"#counts tr[data-entry='{entry}'] [data-counted]");

    public ILocator Quarantined(string entry) => page.Locator($"#counts tr[data-entry='{entry}'] [data-quarantined]");

    public ILocator Quarantines => page.Locator("#quarantines tr[data-quarantine]");

    public async Task OpenCountsFromHomeAsync()
    {
        await page.GotoAsync("/organizer");
        await page.GetByRole(AriaRole.Link, new() { Name = "Bình chọn của bạn đọc" }).ClickAsync();
    }

    public async Task OpenReviewAsync() => await page.GetByRole(AriaRole.Link, new() { Name = "Rà soát gian lận bình chọn" }).ClickAsync();

    public async Task OpenCountsAsync() => await page.GetByRole(AriaRole.Link, new() { Name = "Bình chọn của bạn đọc" }).ClickAsync();

    /// <summary>Quarantines exactly the votes of the entry's burst, with the reason typed into that finding's own form.</summary>
    public async Task QuarantineBurstAsync(string entry, string reason)
    {
        var burst = Burst(entry);
        await burst.GetByLabel("Lý do").FillAsync(reason);
        await burst.GetByRole(AriaRole.Button, new() { Name = "Cách ly" }).ClickAsync();
    }
}
