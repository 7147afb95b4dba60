namespace DataForLife.BrowserTests.Pages;

/// <summary>The data catalogue, a data set's page and the organisers' entry page, used through labels and buttons.</summary>
public sealed class CataloguePages(IPage page)
{
    public ILocator Cards => page.Locator("#catalogue > li");

    public ILocator Count => page.Locator("#catalogue-count");

    public ILocator Heading => page.GetByRole(AriaRole.Heading, new() { Level = 1 });

    public ILocator Fact(string name) => page.Locator($"#facts [data-fact='{name}']");

    public ILocator Notice => page.Locator("#notice");

    public ILocator OverallF1 => page.Locator("#score-table tr[data-class='overall'] [data-f1]");

    public ILocator PredictionsError => page.Locator("#predictions-error");

    public ILocator EntryFiles => page.Locator("#entry-files");

    public async Task OpenAsync() => await page.GotoAsync("/data");

    public async Task FilterAsync(string? category = null, string? topic = null)
    {
        if (category is not null)
        {
            await page.GetByLabel("Hạng mục").SelectOptionAsync(new SelectOptionValue { Label = category });
        }

        if (topic is not null)
        {
            await page.GetByLabel("Chủ đề").SelectOptionAsync(new SelectOptionValue { Label = topic });
        }

        await page.GetByRole(AriaRole.Button, new() { Name = "Lọc" }).ClickAsync();
    }

    public async Task OpenDataSetAsync(string name) => await page.GetByRole(AriaRole.Link, new() { Name = name }).ClickAsync();

    public async Task SendPredictionsAsync(string path)
    {
        await page.GetByLabel("Tệp dự đoán (CSV)").SetInputFilesAsync(path);
        await page.GetByRole(AriaRole.Button, new() { Name = "Gửi và chấm điểm" }).ClickAsync();
    }

    public async Task UploadDataFileAsync(string path) => await page.GetByLabel("Thêm tệp dữ liệu", new() { Exact = false }).SetInputFilesAsync(path);
}
