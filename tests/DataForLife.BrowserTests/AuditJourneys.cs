using DataForLife.BrowserTests.Pages;
using DataForLife.BrowserTests.Support;
using DataForLife.Tests.Support;
using DataForLife.Web.Data;
using DataForLife.Web.Domain.Accounts;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using static Microsoft.Playwright.Assertions;

namespace DataForLife.BrowserTests;

/// <summary>An organiser finds a change in the audit log, reads what it changed, and checks that the log is untouched.</summary>
public sealed class AuditJourneys(BrowserFixture browser) : IClassFixture<BrowserFixture>, IAsyncLifetime
{
    private readonly KestrelPlatform _platform = new();

    [Fact]
    public async Task An_organiser_finds_a_change_in_the_audit_log_and_its_check_catches_an_entry_edited_in_the_database()
    {
        await _platform.CreateUserAsync("btc-kiemtoan@c06.gov.vn", role: Roles.Organizer, displayName: "Lạc Thị Kiểm");
        var page = await browser.NewPageAsync(_platform.BaseUrl);
        await new AccountPages(page).SignInAsync("btc-kiemtoan@c06.gov.vn", TestUsers.Password);
        await page.GotoAsync("/organizer/editions/2023/catalogue");
        var add = page.Locator("#add-topic");
        await add.GetByLabel("Địa chỉ (slug)").FillAsync("do-thi-thong-minh");
        await add.GetByLabel("Tiếng Việt").FillAsync("Đô thị thông minh");
        await add.GetByLabel("Tiếng Anh").FillAsync("Smart cities");
        await add.GetByRole(AriaRole.Button, new() { Name = "Thêm chủ đề" }).ClickAsync();
        await Expect(page.Locator("#notice")).ToContainTextAsync("Đã lưu chủ đề.");

        await page.GotoAsync("/organizer");
        await page.GetByRole(AriaRole.Link, new() { Name = "Nhật ký kiểm toán" }).ClickAsync();
        await page.GetByLabel("Hành động").FillAsync("catalogue.topic-added");
        await page.GetByRole(AriaRole.Button, new() { Name = "Lọc" }).ClickAsync();
        var rows = page.Locator("#audit tbody tr");
        await Expect(rows).ToHaveCountAsync(1);
        await Expect(rows).ToContainTextAsync("btc-kiemtoan@c06.gov.vn");
        await Expect(rows).ToContainTextAsync("2023/do-thi-thong-minh");
        await rows.GetByText("Chi tiết").ClickAsync();
        await Expect(rows.Locator("pre")).ToContainTextAsync("Đô thị thông minh");

        await page.GetByRole(AriaRole.Button, new() { Name = "Kiểm tra tính toàn vẹn" }).ClickAsync();
        await Expect(page.Locator("#chain-status")).ToHaveTextAsync("Chuỗi băm nguyên vẹn: không bản ghi nào bị sửa hay xoá.");

        // Someone with access to the database rewrites what the entry says; the check names the entry.
        var sequence = await _platform.WithScopeAsync(async sp =>
        {
            var db = sp.GetRequiredService<AppDbContext>();
            var entry = await db.AuditEntries.SingleAsync(a => a.Action == "catalogue.topic-added");
            await db.AuditEntries.Where(a => a.Sequence == entry.Sequence)
                .ExecuteUpdateAsync(s => s.SetProperty(a => a.AfterJson, entry.AfterJson!.Replace("Đô thị thông minh", "Đô thị", StringComparison.Ordinal)));
            return entry.Sequence;
        });
        await page.GetByRole(AriaRole.Button, new() { Name = "Kiểm tra tính toàn vẹn" }).ClickAsync();
        await Expect(page.Locator("#chain-status")).ToHaveTextAsync($"Chuỗi băm bị phá vỡ tại bản ghi số {sequence}: nhật ký đã bị sửa hoặc xoá từ bản ghi này.");
    }

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync() => await _platform.DisposeAsync();
}
