using DataForLife.BrowserTests.Pages;
using DataForLife.BrowserTests.Support;
using DataForLife.Tests.Support;
using DataForLife.Web.Domain.Accounts;
using Microsoft.Extensions.DependencyInjection;
using static Microsoft.Playwright.Assertions;

namespace DataForLife.BrowserTests;

public sealed class OrganiserJourneys(BrowserFixture browser) : IClassFixture<BrowserFixture>, IAsyncLifetime
{
    private readonly KestrelPlatform _platform = new();

    [Fact]
    public async Task On_first_start_the_first_organiser_is_set_up_and_signs_in()
    {
        var page = await browser.NewPageAsync(_platform.BaseUrl);
        var accounts = new AccountPages(page);

        // The operator has the one-time token from the server's log, or issues one as `dfl setup token` does.
        var token = await _platform.WithScopeAsync(sp => sp.GetRequiredService<DataForLife.Web.Features.Setup.SetupToken>().IssueAsync(CancellationToken.None));
        await accounts.SetUpFirstOrganiserAsync(token, "Đỗ Quang Huy", "huy@c06.gov.vn", TestUsers.Password);
        await Expect(page).ToHaveURLAsync(new System.Text.RegularExpressions.Regex("/organizer$"));
        await accounts.SignOutAsync();

        var setupAgain = await page.GotoAsync("/setup");
        Assert.Equal(404, setupAgain!.Status);

        await accounts.SignInAsync("huy@c06.gov.vn", TestUsers.Password);
        await page.GotoAsync("/account");
        await Expect(page.Locator("#display-name")).ToHaveTextAsync("Đỗ Quang Huy");
        await Expect(page.Locator("#roles")).ToHaveTextAsync("Ban Tổ chức");
    }

    [Fact]
    public async Task An_organiser_moves_the_submission_deadline_and_the_landing_page_shows_the_new_date()
    {
        await _platform.CreateUserAsync("lan@c06.gov.vn", role: Roles.Organizer, displayName: "Vũ Thị Lan");
        var page = await browser.NewPageAsync(_platform.BaseUrl);
        await new AccountPages(page).SignInAsync("lan@c06.gov.vn", TestUsers.Password);

        await page.GotoAsync("/organizer");
        await page.GetByRole(AriaRole.Link, new() { Name = "Mùa thi", Exact = true }).ClickAsync();
        await page.GetByRole(AriaRole.Link, new() { Name = "Dữ liệu số với cuộc sống – Digital Data For Life 2023" }).ClickAsync();
        var submission = page.Locator("fieldset[data-phase='submission']");
        await submission.GetByLabel("Kết thúc").FillAsync("2023-09-22T18:45");
        await page.GetByRole(AriaRole.Button, new() { Name = "Lưu thay đổi" }).ClickAsync();
        await Expect(page.Locator("#notice")).ToHaveTextAsync("Đã lưu mùa thi.");

        var landing = new LandingPage(page);
        await landing.OpenAsync();
        await Expect(landing.Phase("submission")).ToContainTextAsync("22/09/2023 18:45");
    }

    [Fact]
    public async Task An_organiser_is_told_in_place_when_a_window_would_end_before_it_starts()
    {
        await _platform.CreateUserAsync("minh@c06.gov.vn", role: Roles.Organizer, displayName: "Hoàng Văn Minh");
        var page = await browser.NewPageAsync(_platform.BaseUrl);
        await new AccountPages(page).SignInAsync("minh@c06.gov.vn", TestUsers.Password);

        await page.GotoAsync("/organizer/editions/2023");
        await page.Locator("fieldset[data-phase='final']").GetByLabel("Kết thúc").FillAsync("2023-11-01T00:00");
        await page.GetByRole(AriaRole.Button, new() { Name = "Lưu thay đổi" }).ClickAsync();

        await Expect(page.Locator("fieldset[data-phase='final'] .field-error")).ToContainTextAsync("kết thúc trước khi bắt đầu");
    }

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync() => await _platform.DisposeAsync();
}
