using DataForLife.BrowserTests.Pages;
using DataForLife.BrowserTests.Support;
using DataForLife.Tests.Support;
using static Microsoft.Playwright.Assertions;

namespace DataForLife.BrowserTests;

/// <summary>
/// A person who forgot the password gets a link by e-mail, sets a new one, and the link cannot be used twice; an organiser
/// turns on the second factor for staff and sets it up.
/// </summary>
public sealed class AccountJourneys(BrowserFixture browser) : IClassFixture<BrowserFixture>, IAsyncLifetime
{
    private const string NewPassword = "song-hong-2023-moi";
    private readonly KestrelPlatform _platform = new();

    [Fact]
    public async Task A_person_resets_a_forgotten_password_from_the_emailed_link_and_signs_in_with_the_new_one_only()
    {
        await _platform.CreateUserAsync("quen-mat-khau@example.vn", displayName: "Phan Thị Quên");
        var page = await browser.NewPageAsync(_platform.BaseUrl);
        await page.GotoAsync("/account/login");
        await page.GetByRole(AriaRole.Link, new() { Name = "Quên mật khẩu?" }).ClickAsync();
        await page.GetByLabel("E-mail").FillAsync("quen-mat-khau@example.vn");
        await page.GetByRole(AriaRole.Button, new() { Name = "Gửi liên kết" }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Status)).ToHaveTextAsync("Nếu địa chỉ này có tài khoản, chúng tôi đã gửi liên kết đặt lại mật khẩu.");

        var link = new Uri(Mailbox.FirstLink(await _platform.Mailbox.WaitForAsync("quen-mat-khau@example.vn", "Đặt lại"), "/account/reset-password")).PathAndQuery;
        await page.GotoAsync(link);
        await page.GetByLabel("Mật khẩu mới").FillAsync("ngan");
        await page.GetByRole(AriaRole.Button, new() { Name = "Đặt lại mật khẩu" }).ClickAsync();
        await Expect(page.Locator(".field-error").First).ToContainTextAsync("Mật khẩu cần ít nhất 10 ký tự.");
        await page.GetByLabel("Mật khẩu mới").FillAsync(NewPassword);
        await page.GetByRole(AriaRole.Button, new() { Name = "Đặt lại mật khẩu" }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Status)).ToHaveTextAsync("Đã đặt lại mật khẩu.");

        var accounts = new AccountPages(page);
        await accounts.SignInAsync("quen-mat-khau@example.vn", TestUsers.Password);
        await Expect(page.GetByRole(AriaRole.Alert)).ToContainTextAsync("E-mail hoặc mật khẩu không đúng.");
        await accounts.SignInAsync("quen-mat-khau@example.vn", NewPassword);
        await Expect(page.GetByRole(AriaRole.Button, new() { Name = "Đăng xuất" })).ToBeVisibleAsync();
        await accounts.SignOutAsync();

        // The link has done its work: used again, it is refused and the password stays.
        await page.GotoAsync(link);
        await page.GetByLabel("Mật khẩu mới").FillAsync("mot-lan-nua-2023");
        await page.GetByRole(AriaRole.Button, new() { Name = "Đặt lại mật khẩu" }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Alert)).ToContainTextAsync("Liên kết không hợp lệ hoặc đã hết hạn.");
        await accounts.SignInAsync("quen-mat-khau@example.vn", NewPassword);
        await Expect(page.GetByRole(AriaRole.Button, new() { Name = "Đăng xuất" })).ToBeVisibleAsync();
    }

    [Fact]
    public async Task An_organiser_requires_a_second_factor_for_staff_sets_up_an_authenticator_and_signs_in_with_its_code()
    {
        await _platform.CreateUserAsync("btc-hailop@c06.gov.vn", role: DataForLife.Web.Domain.Accounts.Roles.Organizer, displayName: "Vương Thị Hai Lớp");
        var page = await browser.NewPageAsync(_platform.BaseUrl);
        var accounts = new AccountPages(page);
        await accounts.SignInAsync("btc-hailop@c06.gov.vn", TestUsers.Password);
        await page.GotoAsync("/organizer/editions/2023");
        await page.GetByLabel("Bắt buộc xác thực hai lớp cho Ban Tổ chức và giám khảo").CheckAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Lưu thay đổi" }).ClickAsync();

        // Saved; from then on the organiser too is sent to set up the second factor before anything else.
        await Expect(page.Locator("#notice")).ToContainTextAsync("Đã lưu mùa thi.");
        await Expect(page).ToHaveURLAsync(new System.Text.RegularExpressions.Regex("/account/two-factor\\?required=1$"));
        await page.GotoAsync("/organizer");
        await Expect(page).ToHaveURLAsync(new System.Text.RegularExpressions.Regex("/account/two-factor\\?required=1$"));
        await Expect(page.GetByRole(AriaRole.Alert)).ToContainTextAsync("Mùa thi này yêu cầu Ban Tổ chức và giám khảo đăng nhập hai lớp.");
        var key = await page.Locator("#shared-key").InnerTextAsync();
        await page.GetByLabel("Mã xác thực").FillAsync("000000");
        await page.GetByRole(AriaRole.Button, new() { Name = "Bật xác thực hai lớp" }).ClickAsync();
        await Expect(page.Locator(".field-error")).ToContainTextAsync("Mã không đúng hoặc đã hết hạn.");
        await page.GetByLabel("Mã xác thực").FillAsync(Totp.Code(key, DateTimeOffset.UtcNow));
        await page.GetByRole(AriaRole.Button, new() { Name = "Bật xác thực hai lớp" }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Status)).ToHaveTextAsync("Đã bật xác thực hai lớp.");
        await Expect(page.Locator("#recovery-codes li")).ToHaveCountAsync(8);
        await page.GotoAsync("/organizer");
        await Expect(page).ToHaveURLAsync(new System.Text.RegularExpressions.Regex("/organizer$"));

        await accounts.SignOutAsync();
        await accounts.SignInAsync("btc-hailop@c06.gov.vn", TestUsers.Password);
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Xác thực hai lớp" })).ToBeVisibleAsync();
        // The next code the app shows: the one that turned the second factor on has been used, and is refused again.
        await page.GetByLabel("Mã xác thực").FillAsync(Totp.Code(key, DateTimeOffset.UtcNow.AddSeconds(30)));
        await page.GetByRole(AriaRole.Button, new() { Name = "Đăng nhập" }).ClickAsync();
        await page.GotoAsync("/organizer");
        await Expect(page).ToHaveURLAsync(new System.Text.RegularExpressions.Regex("/organizer$"));
    }

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync() => await _platform.DisposeAsync();
}
