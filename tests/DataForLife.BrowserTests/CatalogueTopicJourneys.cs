using DataForLife.BrowserTests.Pages;
using DataForLife.BrowserTests.Support;
using DataForLife.Tests.Support;
using DataForLife.Web.Domain.Accounts;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace DataForLife.BrowserTests;

/// <summary>An organiser adds a topic to the catalogue, a reader filters by it; the population entry's files are then kept for teams.</summary>
public sealed class CatalogueTopicJourneys(BrowserFixture browser) : IClassFixture<BrowserFixture>, IAsyncLifetime
{
    private readonly KestrelPlatform _platform = new();

    [Fact]
    public async Task An_organiser_adds_a_topic_and_keeps_an_entrys_files_for_teams_and_a_reader_meets_both()
    {
        await _platform.CreateUserAsync("btc-chude-web@c06.gov.vn", role: Roles.Organizer, displayName: "Mai Thị Chủ Đề");
        var organiser = await browser.NewPageAsync(_platform.BaseUrl);
        organiser.Dialog += async (_, dialog) => await dialog.AcceptAsync();
        await new AccountPages(organiser).SignInAsync("btc-chude-web@c06.gov.vn", TestUsers.Password);
        await organiser.GotoAsync("/organizer/editions/2023/catalogue");

        var add = organiser.Locator("#add-topic");
        await add.GetByLabel("Địa chỉ (slug)").FillAsync("Chủ đề sai");
        await add.GetByRole(AriaRole.Button, new() { Name = "Thêm chủ đề" }).ClickAsync();
        await Expect(organiser.GetByRole(AriaRole.Alert)).ToContainTextAsync("Mã chủ đề gồm 2–40 ký tự");
        await add.GetByLabel("Địa chỉ (slug)").FillAsync("nong-nghiep-so");
        await add.GetByLabel("Tiếng Việt").FillAsync("Nông nghiệp số");
        await add.GetByLabel("Tiếng Anh").FillAsync("Digital agriculture");
        await add.GetByRole(AriaRole.Button, new() { Name = "Thêm chủ đề" }).ClickAsync();
        await Expect(organiser.Locator("#notice")).ToContainTextAsync("Đã lưu chủ đề.");
        await Expect(organiser.Locator("#topics [data-topic='nong-nghiep-so']")).ToBeVisibleAsync();

        await organiser.GotoAsync("/organizer/editions/2023/catalogue/entry/population");
        await organiser.GetByLabel("Ai được tải tệp").SelectOptionAsync("RegisteredTeams");
        await organiser.Locator("#entry-form").GetByRole(AriaRole.Button, new() { Name = "Lưu bộ dữ liệu" }).ClickAsync();
        await Expect(organiser.Locator("#notice")).ToBeVisibleAsync();

        var reader = await browser.NewPageAsync(_platform.BaseUrl);
        await reader.GotoAsync("/data");
        await reader.GetByLabel("Chủ đề").SelectOptionAsync("nong-nghiep-so");
        await Expect(reader.Locator("select[name='Topic'] option[value='nong-nghiep-so']")).ToHaveTextAsync("Nông nghiệp số");
        await reader.GotoAsync("/data/population");
        await Expect(reader.Locator("#teams-only")).ToContainTextAsync("chỉ dành cho thành viên các đội đã đăng ký");
        await Expect(reader.Locator("#files a[download]")).ToHaveCountAsync(0);
        await reader.GetByRole(AriaRole.Link, new() { Name = "Đăng nhập để tải." }).ClickAsync();
        await Expect(reader).ToHaveURLAsync(new System.Text.RegularExpressions.Regex("/account/login"));
    }

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync() => await _platform.DisposeAsync();
}
