using DataForLife.BrowserTests.Pages;
using DataForLife.BrowserTests.Support;
using DataForLife.Tests.Support;
using DataForLife.Web.Domain.Accounts;
using DataForLife.Web.Domain.Judging;
using DataForLife.Web.Domain.Roster;
using DataForLife.Web.Features.Judging;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace DataForLife.BrowserTests;

public sealed class PublicationJourneys(BrowserFixture browser) : IClassFixture<BrowserFixture>, IAsyncLifetime
{
    private readonly KestrelPlatform _platform = new();

    [Fact]
    public async Task Publishing_a_round_with_sheets_missing_shows_them_and_needs_its_name_typed()
    {
        await _platform.SeedAsync(12);
        await _platform.CreateUserAsync("btc-congbo@c06.gov.vn", role: Roles.Organizer, displayName: "Đỗ Thị Công Bố");
        await _platform.WithScopeAsync(async sp => await sp.GetRequiredService<JudgeAssignments>().AutoAssignAsync(await _platform.RoundAsync("round1"), CancellationToken.None));
        var entries = (await _platform.WithScopeAsync(async sp => await sp.GetRequiredService<RoundEntries>().ForAsync(await _platform.RoundAsync("round1"), CancellationToken.None))).ToList();
        await _platform.ScoreEverythingAsync("round1", team => 0.2 + (entries.IndexOf(team) * 0.05));
        var late = (await _platform.JudgeEmailsAsync(StaffBody.Council))[0];
        var lateId = await _platform.UserIdAsync(late);
        var lateName = await _platform.WithScopeAsync(async sp => (await sp.GetRequiredService<JudgeDirectory>().ListAsync("2023", CancellationToken.None)).Single(j => j.Email == late).Name);
        var missing = await _platform.WithScopeAsync(sp => sp.GetRequiredService<DataForLife.Web.Data.AppDbContext>().ScoreSheets
            .Where(s => s.JudgeUserId == lateId).ExecuteUpdateAsync(u => u.SetProperty(s => s.Status, SheetStatus.Draft)));
        _platform.Clock.SetUtcNow((await _platform.RoundAsync("round1")).Window.EndsAt.AddHours(1));

        var organiser = await browser.NewPageAsync(_platform.BaseUrl);
        await new AccountPages(organiser).SignInAsync("btc-congbo@c06.gov.vn", TestUsers.Password);
        await organiser.GotoAsync("/organizer/editions/2023/judging/round1");
        var sheets = organiser.Locator("#missing-sheets");
        await Expect(sheets).ToContainTextAsync($"Phiếu chấm chưa nộp: {missing} phiếu, của 1 giám khảo");
        await Expect(sheets.Locator($"li[data-judge='{lateId}']")).ToHaveTextAsync($"{lateName}: đã nộp 0/{missing}, còn thiếu {missing}");

        var publish = organiser.GetByRole(AriaRole.Button, new() { Name = "Công bố dù còn thiếu" });
        await publish.ClickAsync();
        await Expect(organiser.Locator("#confirm-error")).ToContainTextAsync("Chưa công bố: vòng này còn thiếu những mục liệt kê ở trên");
        await Expect(organiser.Locator("#published")).ToHaveCountAsync(0);

        await organiser.GetByLabel("Gõ tên vòng «Vòng hồ sơ (sơ loại)» để công bố dù còn thiếu những mục trên").FillAsync("Vòng hồ sơ (sơ loại)");
        await publish.ClickAsync();
        await Expect(organiser.Locator("#published")).ToBeVisibleAsync();
        await Expect(organiser.Locator("#notice")).ToContainTextAsync("Đã công bố kết quả");
    }

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync() => await _platform.DisposeAsync();
}
