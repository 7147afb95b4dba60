using DataForLife.BrowserTests.Pages;
using DataForLife.BrowserTests.Support;
using DataForLife.Tests.Support;
using DataForLife.Web.Domain.Accounts;
using static Microsoft.Playwright.Assertions;

namespace DataForLife.BrowserTests;

/// <summary>An organiser sets the dossier limits, the tie-break order and a jury group's weight on the edition page.</summary>
public sealed class EditionSettingsJourneys(BrowserFixture browser) : IClassFixture<BrowserFixture>, IAsyncLifetime
{
    private readonly KestrelPlatform _platform = new();

    [Fact]
    public async Task An_organiser_is_told_a_tie_break_is_chosen_twice_mends_it_and_the_settings_are_kept_and_published()
    {
        await _platform.SeedAsync(4, intoRound1: false); // the jury and its groups
        await _platform.CreateUserAsync("btc-thietlap-web@c06.gov.vn", role: Roles.Organizer, displayName: "Đỗ Văn Thiết");
        var page = await browser.NewPageAsync(_platform.BaseUrl);
        await new AccountPages(page).SignInAsync("btc-thietlap-web@c06.gov.vn", TestUsers.Password);
        await page.GotoAsync("/organizer/editions/2023");

        var limits = page.Locator("[data-submission]");
        var ties = page.Locator("[data-tie-breaks]");
        var weights = page.Locator("[data-group-weights]").First;
        await limits.GetByLabel("Số ảnh tối đa").FillAsync("4");
        await ties.GetByLabel("Thứ 1", new() { Exact = true }).SelectOptionAsync("JudgesTopN");
        await ties.GetByLabel("Thứ 2", new() { Exact = true }).SelectOptionAsync("JudgesTopN");
        // Typed as a number field takes it, whatever the page's language: the browser sends "0.5".
        await weights.GetByLabel("media", new() { Exact = true }).FillAsync("0.5");
        await page.GetByRole(AriaRole.Button, new() { Name = "Lưu thay đổi" }).ClickAsync();

        await Expect(ties.Locator(".field-error")).ToHaveTextAsync("Mỗi cách xét khi bằng điểm chỉ được chọn một lần.");
        await Expect(limits.GetByLabel("Số ảnh tối đa")).ToHaveValueAsync("4");
        await Expect(weights.GetByLabel("media", new() { Exact = true })).ToHaveValueAsync("0.5");
        await ties.GetByLabel("Thứ 2", new() { Exact = true }).SelectOptionAsync("JudgeScore");
        await page.GetByRole(AriaRole.Button, new() { Name = "Lưu thay đổi" }).ClickAsync();
        await Expect(page.Locator("#notice")).ToContainTextAsync("Đã lưu mùa thi.");

        await page.GotoAsync("/organizer/editions/2023");
        await Expect(page.Locator("[data-submission]").GetByLabel("Số ảnh tối đa")).ToHaveValueAsync("4");
        await Expect(page.Locator("[data-tie-breaks]").GetByLabel("Thứ 1", new() { Exact = true })).ToHaveValueAsync("JudgesTopN");
        await Expect(page.Locator("[data-tie-breaks]").GetByLabel("Thứ 2", new() { Exact = true })).ToHaveValueAsync("JudgeScore");
        await Expect(page.Locator("[data-group-weights]").First.GetByLabel("media", new() { Exact = true })).ToHaveValueAsync("0.5");

        await page.GotoAsync("/rules");
        await Expect(page.Locator("main")).ToContainTextAsync("số giám khảo xếp đội trong nhóm đầu của mình, điểm giám khảo không tính điểm thưởng");
    }

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync() => await _platform.DisposeAsync();
}
