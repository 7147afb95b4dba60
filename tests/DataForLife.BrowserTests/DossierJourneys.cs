using System.IO.Compression;
using DataForLife.BrowserTests.Pages;
using DataForLife.BrowserTests.Support;
using DataForLife.Tests.Support;
using DataForLife.Web.Domain.Accounts;
using static Microsoft.Playwright.Assertions;

namespace DataForLife.BrowserTests;

public sealed class DossierJourneys(BrowserFixture browser) : IClassFixture<BrowserFixture>, IAsyncLifetime
{
    private readonly KestrelPlatform _platform = new();

    [Fact]
    public async Task A_team_submits_its_dossier_with_a_photo_gets_a_receipt_finds_it_read_only_after_the_deadline_and_the_organiser_downloads_it()
    {
        await _platform.RegisterTeamAsync("dossier-lead@example.vn", "Đội Hồ Sơ");
        var photo = Path.Combine(_platform.Database.DataDirectory, "san-pham.jpg");
        await File.WriteAllBytesAsync(photo, TestFiles.Jpeg());
        var page = await browser.NewPageAsync(_platform.BaseUrl);
        var accounts = new AccountPages(page);
        await accounts.SignInAsync("dossier-lead@example.vn", TestUsers.Password);

        await page.GotoAsync("/team/dossier");
        await page.GetByLabel("Thêm ảnh (JPEG, PNG, WebP)").SetInputFilesAsync(photo);
        await Expect(page.Locator("#dossier-files")).ToContainTextAsync("san-pham.jpg");
        await page.GetByLabel("Lý do ra đời của sản phẩm").FillAsync("Người dân phải khai báo một thông tin nhiều lần.");
        await Expect(page.Locator("[data-word-count-for='Input_Why']")).ToContainTextAsync("10 / 500");
        await page.GetByLabel("Cách sản phẩm hoạt động").FillAsync("Dùng **dữ liệu dân cư** để điền sẵn biểu mẫu.");
        await page.GetByLabel("Điểm nổi bật của ý tưởng hoặc công nghệ").FillAsync("Xác thực qua định danh điện tử.");
        await page.GetByLabel("Kết quả đạt được khi áp dụng thực tế").FillAsync("Thử nghiệm tại 3 phường.");
        await page.GetByLabel("Thay mặt đội, tôi cam kết như trên.").CheckAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Nộp hồ sơ" }).ClickAsync();

        await Expect(page.Locator("#notice")).ToContainTextAsync("Đã nộp phiên bản số 1");
        var notice = await page.Locator("#notice").TextContentAsync();
        var receipt = await _platform.Mailbox.WaitForAsync("dossier-lead@example.vn", "Biên nhận");
        var checksum = System.Text.RegularExpressions.Regex.Match(receipt.TextBody ?? string.Empty, "[0-9a-f]{64}").Value;
        Assert.Contains(checksum, notice, StringComparison.Ordinal);

        _platform.Clock.SetUtcNow(SubmissionFactory.Deadline.AddMinutes(1));
        await accounts.SignInAsync("dossier-lead@example.vn", TestUsers.Password);
        await page.GotoAsync("/team/dossier");
        await Expect(page.Locator("#dossier-closed")).ToBeVisibleAsync();
        await Expect(page.Locator("#dossier-form")).ToHaveCountAsync(0);
        await Expect(page.Locator("[data-part='How'] strong")).ToHaveTextAsync("dữ liệu dân cư");

        await _platform.CreateUserAsync("btc-dossier@c06.gov.vn", role: Roles.Organizer);
        var organiser = await browser.NewPageAsync(_platform.BaseUrl);
        await new AccountPages(organiser).SignInAsync("btc-dossier@c06.gov.vn", TestUsers.Password);
        await organiser.GotoAsync("/organizer/editions/2023/dossiers");
        await organiser.GetByRole(AriaRole.Link, new() { Name = "Đội Hồ Sơ" }).ClickAsync();
        var download = await organiser.RunAndWaitForDownloadAsync(() => organiser.GetByRole(AriaRole.Link, new() { Name = "Tải hồ sơ của đội (ZIP)" }).ClickAsync());
        var saved = Path.Combine(_platform.Database.DataDirectory, download.SuggestedFilename);
        await download.SaveAsAsync(saved);

        using var zip = ZipFile.OpenRead(saved);
        Assert.Contains(zip.Entries, e => e.FullName.EndsWith("/files/photo-san-pham.jpg", StringComparison.Ordinal));
        using var manifest = new StreamReader(zip.Entries.Single(e => e.FullName.EndsWith("manifest.json", StringComparison.Ordinal)).Open());
        Assert.Contains(checksum, await manifest.ReadToEndAsync(), StringComparison.Ordinal);
    }

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync() => await _platform.DisposeAsync();
}
