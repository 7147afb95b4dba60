using DataForLife.BrowserTests.Pages;
using DataForLife.BrowserTests.Support;
using DataForLife.Tests.Support;
using static Microsoft.Playwright.Assertions;

namespace DataForLife.BrowserTests;

/// <summary>The dossier on a 360 px phone: a refusal never looks like success, and nothing typed is lost.</summary>
public sealed class PhoneDossierJourneys(BrowserFixture browser, KestrelPlatform platform) : IClassFixture<BrowserFixture>, IClassFixture<KestrelPlatform>
{
    private const string UnloadIsHeld = "() => { const e = new Event('beforeunload', { cancelable: true }); window.dispatchEvent(e); return e.defaultPrevented; }";

    private async Task<IPage> LeaderOnPhoneAsync(string email, string team)
    {
        await platform.RegisterTeamAsync(email, team);
        var page = await browser.NewPhonePageAsync(platform.BaseUrl);
        await new AccountPages(page).SignInAsync(email, TestUsers.Password);
        await page.GotoAsync("/team/dossier");
        return page;
    }

    [Fact]
    public async Task A_refused_submission_is_summarised_at_the_top_with_focus_and_a_re_submission_keeps_the_declaration()
    {
        var page = await LeaderOnPhoneAsync("dien-thoai-lead@example.vn", "Đội Điện Thoại");
        await page.GetByLabel("Lý do ra đời của sản phẩm").FillAsync("Người dân phải khai báo một thông tin nhiều lần.");
        await page.GetByLabel("Thay mặt đội, tôi cam kết như trên.").CheckAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Nộp hồ sơ" }).ClickAsync();

        var summary = page.Locator("#error-summary");
        await Expect(summary).ToBeFocusedAsync();
        await Expect(summary).ToBeInViewportAsync();
        await Expect(summary).ToContainTextAsync("Có lỗi cần sửa");
        await Expect(page.Locator("#dossier-status")).ToContainTextAsync("Chưa nộp hồ sơ.");
        await Screens.CaptureAsync(page, "dossier-refused");
        await summary.GetByRole(AriaRole.Link).First.ClickAsync();
        await Expect(page.GetByLabel("Cách sản phẩm hoạt động")).ToBeFocusedAsync();

        await page.GetByLabel("Cách sản phẩm hoạt động").FillAsync("Dùng dữ liệu dân cư để điền sẵn biểu mẫu.");
        await page.GetByLabel("Điểm nổi bật của ý tưởng hoặc công nghệ").FillAsync("Xác thực qua định danh điện tử.");
        await page.GetByLabel("Kết quả đạt được khi áp dụng thực tế").FillAsync("Thử nghiệm tại 3 phường.");
        await page.GetByRole(AriaRole.Button, new() { Name = "Nộp hồ sơ" }).ClickAsync();
        await Expect(page.Locator("#notice")).ToContainTextAsync("Đã nộp phiên bản số");

        await page.ReloadAsync();
        await Expect(page.Locator("#commitment-given")).ToContainTextAsync("Đặng Thu Hà");
        await Expect(page.GetByLabel("Thay mặt đội, tôi cam kết như trên.")).ToHaveCountAsync(0);
        await page.GetByLabel("Kết quả đạt được khi áp dụng thực tế").FillAsync("Thử nghiệm tại 5 phường.");
        await page.GetByRole(AriaRole.Button, new() { Name = "Nộp hồ sơ" }).ClickAsync();

        await Expect(page.Locator("#notice")).ToContainTextAsync("Đã nộp phiên bản số");
        await Expect(page.Locator("#error-summary")).ToHaveCountAsync(0);
        await Expect(page.Locator("#dossier-history li").First).ToContainTextAsync("đã nộp");
        Assert.Equal(0, await Screens.OverflowAsync(page));
        await Screens.CaptureAsync(page, "dossier");
    }

    [Fact]
    public async Task A_draft_is_kept_on_the_server_as_the_team_types_and_leaving_with_changes_unsaved_is_warned()
    {
        var page = await LeaderOnPhoneAsync("tu-luu-lead@example.vn", "Đội Tự Lưu");
        await page.GetByLabel("Lý do ra đời của sản phẩm").FillAsync("Bản nháp gõ trên điện thoại.");
        Assert.True(await page.EvaluateAsync<bool>(UnloadIsHeld));

        await Expect(page.Locator("#autosave-status")).ToContainTextAsync("Đã tự lưu bản nháp");
        Assert.False(await page.EvaluateAsync<bool>(UnloadIsHeld));
        await page.ReloadAsync();

        await Expect(page.GetByLabel("Lý do ra đời của sản phẩm")).ToHaveValueAsync("Bản nháp gõ trên điện thoại.");
        await Expect(page.Locator("#dossier-history li")).ToContainTextAsync("nháp");
    }
}
