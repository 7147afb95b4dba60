using System.Net.Http.Headers;
using System.Net.Http.Json;
using DataForLife.BrowserTests.Pages;
using DataForLife.BrowserTests.Support;
using DataForLife.Tests.Support;
using DataForLife.Web.Domain.Accounts;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace DataForLife.BrowserTests;

/// <summary>An organiser hands out access: a role to a person on /organizer/people, a key to a newspaper on /organizer/partner-keys.</summary>
public sealed class OrganiserAccessJourneys(BrowserFixture browser) : IClassFixture<BrowserFixture>, IAsyncLifetime
{
    private readonly KestrelPlatform _platform = new();

    [Fact]
    public async Task An_organiser_makes_a_steering_committee_member_observer_then_gives_a_newspaper_a_key_that_works_until_revoked()
    {
        var entries = await _platform.OpenVotingAsync();
        await _platform.CreateUserAsync("btc-truycap@c06.gov.vn", role: Roles.Organizer, displayName: "Lê Văn Cấp");
        await _platform.CreateUserAsync("bcd-thanhvien@c06.gov.vn", displayName: "Phạm Thị Chỉ Đạo");
        var page = await browser.NewPageAsync(_platform.BaseUrl);
        page.Dialog += async (_, dialog) => await dialog.AcceptAsync();
        await new AccountPages(page).SignInAsync("btc-truycap@c06.gov.vn", TestUsers.Password);
        await page.GotoAsync("/organizer");

        await page.GetByRole(AriaRole.Link, new() { Name = "Vai trò của tài khoản" }).First.ClickAsync();
        await page.GetByLabel("E-mail của tài khoản").FillAsync("khong-co@c06.gov.vn");
        await page.GetByLabel("Vai trò", new() { Exact = true }).SelectOptionAsync(Roles.Observer);
        await page.GetByRole(AriaRole.Button, new() { Name = "Trao vai trò" }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Alert)).ToContainTextAsync("Không có tài khoản nào với e-mail khong-co@c06.gov.vn");
        await page.GetByLabel("E-mail của tài khoản").FillAsync("bcd-thanhvien@c06.gov.vn");
        await page.GetByLabel("Vai trò", new() { Exact = true }).SelectOptionAsync(Roles.Observer);
        await page.GetByRole(AriaRole.Button, new() { Name = "Trao vai trò" }).ClickAsync();
        await Expect(page.Locator("[data-role='Observer'] [data-person='bcd-thanhvien@c06.gov.vn']")).ToBeVisibleAsync();

        await page.GotoAsync("/organizer");
        await page.GetByRole(AriaRole.Link, new() { Name = "Khóa đối tác" }).First.ClickAsync();
        await page.GetByLabel("Tên đối tác").FillAsync("VnExpress");
        await page.GetByLabel("Số yêu cầu tối đa mỗi giây (0 = không giới hạn)").FillAsync("50");
        await page.GetByRole(AriaRole.Button, new() { Name = "Tạo khóa", Exact = true }).ClickAsync();
        var key = await page.Locator("#key-secret").InputValueAsync();
        Assert.Matches("^dfl_[0-9]+_[A-Za-z0-9_-]{43}$", key);

        using var partner = new HttpClient { BaseAddress = new Uri(_platform.BaseUrl) };
        partner.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", key);
        Assert.Equal(System.Net.HttpStatusCode.Created, (await partner.PostAsJsonAsync("/api/v1/editions/2023/votes", new { entry = entries[0], voter = "doc-gia-1" })).StatusCode);

        await page.GotoAsync("/organizer/partner-keys");
        await Expect(page.Locator("#key-secret")).ToHaveCountAsync(0);
        await page.GetByRole(AriaRole.Button, new() { Name = "Thu hồi" }).ClickAsync();
        await Expect(page.Locator("#keys")).ToContainTextAsync("đã thu hồi");
        Assert.Equal(System.Net.HttpStatusCode.Unauthorized, (await partner.PostAsJsonAsync("/api/v1/editions/2023/votes", new { entry = entries[1], voter = "doc-gia-1" })).StatusCode);
    }

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync() => await _platform.DisposeAsync();
}
