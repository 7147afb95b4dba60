using DataForLife.BrowserTests.Pages;
using DataForLife.BrowserTests.Support;
using DataForLife.Tests.Catalogue;
using DataForLife.Tests.Support;
using DataForLife.Web.Domain.Accounts;
using static Microsoft.Playwright.Assertions;

namespace DataForLife.BrowserTests;

public sealed class CatalogueJourneys(BrowserFixture browser) : IClassFixture<BrowserFixture>, IAsyncLifetime
{
    private readonly KestrelPlatform _platform = new();

    [Fact]
    public async Task A_reader_filters_the_catalogue_and_opens_a_data_set_page()
    {
        var page = await browser.NewPageAsync(_platform.BaseUrl);
        var catalogue = new CataloguePages(page);

        await catalogue.OpenAsync();
        await Expect(catalogue.Cards).ToHaveCountAsync(11);
        await catalogue.FilterAsync(category: "Kinh tế số");
        await Expect(catalogue.Count).ToHaveTextAsync("3 bộ dữ liệu");
        await catalogue.FilterAsync(topic: "Dự đoán hành trình và hành vi lái xe");
        await Expect(catalogue.Cards).ToHaveCountAsync(1);
        await catalogue.OpenDataSetAsync("Q-Traffic (dữ liệu giao thông của Baidu)");

        await Expect(catalogue.Heading).ToHaveTextAsync("Q-Traffic (dữ liệu giao thông của Baidu)");
        await Expect(catalogue.Fact("source")).ToContainTextAsync("https://github.com/JingqingZ/BaiduTraffic");
        await Expect(catalogue.Fact("size")).ToHaveTextAsync("chưa xác nhận");
        await page.GetByRole(AriaRole.Link, new() { Name = "English", Exact = true }).ClickAsync();
        await Expect(catalogue.Fact("size")).ToHaveTextAsync("not confirmed");
    }

    [Fact]
    public async Task A_team_member_uploads_predictions_and_sees_the_score_table()
    {
        var (leader, _) = await _platform.RegisterTeamAsync("catalogue-lead@example.vn", "Đội Danh Mục");
        var predictions = Path.Combine(_platform.Database.DataDirectory, "du-doan.csv");
        await File.WriteAllTextAsync(predictions, await leader.BaselinePredictionsAsync(_platform.Database.DataDirectory));
        var broken = Path.Combine(_platform.Database.DataDirectory, "hong.csv");
        await File.WriteAllTextAsync(broken, "record_id,class,group_id\n99999,invalid_number,1\n");
        var page = await browser.NewPageAsync(_platform.BaseUrl);
        var catalogue = new CataloguePages(page);
        await new AccountPages(page).SignInAsync("catalogue-lead@example.vn", TestUsers.Password);

        await page.GotoAsync("/data/population");
        await catalogue.SendPredictionsAsync(broken);
        await Expect(catalogue.PredictionsError).ToContainTextAsync("không có bản ghi số 99999");
        await catalogue.SendPredictionsAsync(predictions);

        // The baseline's overall F1 on the organisers' file lies between 0.4 and 0.7 (docs/population.md).
        await Expect(catalogue.Notice).ToContainTextAsync(new System.Text.RegularExpressions.Regex("F1 tổng thể 0,[4-6][0-9][0-9]"));
        await Expect(catalogue.OverallF1).ToHaveTextAsync(new System.Text.RegularExpressions.Regex("^0,[4-6][0-9][0-9]$"));
        await Expect(page.Locator("#score-table tr[data-class='address_farm']")).ToBeVisibleAsync();
        await Expect(page.Locator("#submissions tbody tr")).ToHaveCountAsync(1);
    }

    [Fact]
    public async Task An_organiser_uploads_a_data_file_larger_than_the_server_default_body_limit()
    {
        await _platform.CreateUserAsync("btc-catalogue@c06.gov.vn", role: Roles.Organizer);
        var big = Path.Combine(_platform.Database.DataDirectory, "dota-frames.zip");
        await using (var file = File.Create(big))
        {
            file.SetLength(31L * 1024 * 1024);
        }

        var page = await browser.NewPageAsync(_platform.BaseUrl);
        var catalogue = new CataloguePages(page);
        await new AccountPages(page).SignInAsync("btc-catalogue@c06.gov.vn", TestUsers.Password);

        await page.GotoAsync("/organizer/editions/2023/catalogue/entry/dota");
        await catalogue.UploadDataFileAsync(big);

        await Expect(catalogue.EntryFiles).ToContainTextAsync("dota-frames.zip");
        await Expect(catalogue.EntryFiles.Locator("[data-bytes]")).ToHaveAttributeAsync("data-bytes", (31L * 1024 * 1024).ToString(System.Globalization.CultureInfo.InvariantCulture));
    }

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync() => await _platform.DisposeAsync();
}
