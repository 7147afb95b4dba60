namespace DataForLife.BrowserTests.Pages;

/// <summary>The setup and sign-in forms, found by their labels as a person finds them.</summary>
public sealed class AccountPages(IPage page)
{
    public async Task SetUpFirstOrganiserAsync(string token, string name, string email, string password)
    {
        await page.GotoAsync("/setup");
        await page.GetByLabel("Mã thiết lập").FillAsync(token);
        await page.GetByLabel("Họ và tên").FillAsync(name);
        await page.GetByLabel("E-mail").FillAsync(email);
        await page.GetByLabel("Mật khẩu").FillAsync(password);
        await page.GetByRole(AriaRole.Button, new() { Name = "Tạo tài khoản Ban Tổ chức" }).ClickAsync();
    }

    public async Task SignInAsync(string email, string password)
    {
        await page.GotoAsync("/account/login");
        await page.GetByLabel("E-mail").FillAsync(email);
        await page.GetByLabel("Mật khẩu", new() { Exact = true }).FillAsync(password);
        await page.GetByRole(AriaRole.Button, new() { Name = "Đăng nhập" }).ClickAsync();
    }

    public async Task SignOutAsync() => await page.GetByRole(AriaRole.Button, new() { Name = "Đăng xuất" }).ClickAsync();
}
