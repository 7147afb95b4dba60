namespace DataForLife.BrowserTests.Pages;

/// <summary>The profile, team and invitation pages, used through their labels and buttons.</summary>
public sealed class TeamPages(IPage page)
{
    public async Task FillProfileAsync(string name, string birthDate, string sexLabel, string document, string phone, string organisation)
    {
        await page.GetByLabel("Họ và tên").FillAsync(name);
        await page.GetByLabel("Ngày sinh").FillAsync(birthDate);
        await page.GetByLabel(sexLabel, new() { Exact = true }).CheckAsync();
        await page.GetByLabel("Số định danh cá nhân", new() { Exact = false }).FillAsync(document);
        await page.GetByLabel("Số điện thoại").FillAsync(phone);
        await page.GetByLabel("Trường học hoặc cơ quan, tổ chức").FillAsync(organisation);
        await page.GetByRole(AriaRole.Button, new() { Name = "Lưu hồ sơ cá nhân" }).ClickAsync();
    }

    public async Task RegisterTeamAsync(string name, string idea, string category, string summary)
    {
        await page.GetByLabel("Tên đội").FillAsync(name);
        await page.GetByLabel("Tên ý tưởng, sản phẩm").FillAsync(idea);
        await page.GetByLabel(category).CheckAsync();
        await page.GetByLabel("Tóm tắt ý tưởng").FillAsync(summary);
        await page.GetByRole(AriaRole.Button, new() { Name = "Đăng ký đội" }).ClickAsync();
    }

    public async Task InviteAsync(string email)
    {
        await page.GetByLabel("E-mail người được mời").FillAsync(email);
        await page.GetByRole(AriaRole.Button, new() { Name = "Gửi lời mời" }).ClickAsync();
    }

    public ILocator TeamStatus => page.Locator("#team-status [data-status]");

    public ILocator Problem => page.Locator("#invitation-problem");
}
