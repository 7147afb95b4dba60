using DataForLife.BrowserTests.Pages;
using DataForLife.BrowserTests.Support;
using DataForLife.Tests.Support;
using DataForLife.Web.Domain.Accounts;
using DataForLife.Web.Features.Demo;
using Microsoft.Extensions.DependencyInjection;
using static Microsoft.Playwright.Assertions;

namespace DataForLife.BrowserTests;

public sealed class DashboardJourneys(BrowserFixture browser) : IClassFixture<BrowserFixture>, IAsyncLifetime
{
    private readonly KestrelPlatform _platform = new();

    [Fact]
    public async Task The_organiser_opens_the_dashboard_of_the_demo_edition_on_a_phone_and_reads_each_chart_and_its_table()
    {
        await _platform.WithScopeAsync(async sp => await sp.GetRequiredService<DemoSeeder>().SeedAsync(DemoStage.Finished));
        await _platform.CreateUserAsync("dashboard@c06.gov.vn", role: Roles.Organizer, displayName: "Phạm Thị Bảng");
        var page = await browser.NewPageAsync(_platform.BaseUrl);
        await page.SetViewportSizeAsync(360, 740);
        await new AccountPages(page).SignInAsync("dashboard@c06.gov.vn", TestUsers.Password);

        await page.GotoAsync("/organizer");
        await page.GetByRole(AriaRole.Link, new() { Name = "Bảng theo dõi", Exact = true }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToContainTextAsync("Bảng theo dõi");

        string[] charts =
        [
            "Đội đăng ký theo ngày", "Đội theo lĩnh vực", "Thí sinh theo quốc gia cư trú", "Thí sinh là công dân Việt Nam theo tỉnh, thành phố",
            "Thí sinh theo trường, đơn vị", "Hồ sơ dự thi", "Tiến độ chấm theo vòng", "Tiến độ chấm theo giám khảo", "Bình chọn theo ngày",
            "Vòng chung kết: điểm danh và nộp bài",
        ];
        foreach (var title in charts)
        {
            var section = page.Locator("section.chart").Filter(new() { Has = page.GetByRole(AriaRole.Heading, new() { Name = title, Exact = true }) });
            // The picture is an image named by its title, with its summary; its numbers are a table captioned the same.
            var picture = section.GetByRole(AriaRole.Img, new() { Name = title });
            await Expect(picture).ToBeVisibleAsync();
            await Expect(picture).ToHaveAccessibleDescriptionAsync(new System.Text.RegularExpressions.Regex("cao nhất"));
            var table = section.GetByRole(AriaRole.Table, new() { Name = title });
            await Expect(table).ToBeVisibleAsync();
            Assert.True(await table.Locator("tbody tr").CountAsync() > 0, $"{title}: the table has no rows");
            await Expect(section.GetByRole(AriaRole.Link, new() { Name = $"Tải số liệu “{title}” (CSV)" })).ToBeVisibleAsync();
            // Nothing wider than the phone's screen but the table, which scrolls in its own box.
            Assert.True(await picture.EvaluateAsync<bool>("svg => svg.getBoundingClientRect().right <= window.innerWidth"), $"{title}: the chart is wider than the screen");
        }

        var final = page.Locator("#chart-final-table");
        await Expect(final.GetByRole(AriaRole.Row, new() { Name = "Thí sinh đã điểm danh" })).ToBeVisibleAsync();
        var download = await page.RunAndWaitForDownloadAsync(() =>
            page.GetByRole(AriaRole.Link, new() { Name = "Tải số liệu “Hồ sơ dự thi” (CSV)" }).ClickAsync());
        Assert.Equal("demo-dossiers.csv", download.SuggestedFilename);
        var csv = await File.ReadAllTextAsync((await download.PathAsync())!);
        Assert.StartsWith("Tình trạng,Số đội", csv.TrimStart('\uFEFF'), StringComparison.Ordinal);
    }

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync() => await _platform.DisposeAsync();
}
