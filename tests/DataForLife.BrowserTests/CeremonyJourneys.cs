using DataForLife.BrowserTests.Pages;
using DataForLife.BrowserTests.Support;
using DataForLife.Tests.Support;
using DataForLife.Web.Data;
using DataForLife.Web.Domain.Ceremony;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using static Microsoft.Playwright.Assertions;

namespace DataForLife.BrowserTests;

public sealed class CeremonyJourneys(BrowserFixture browser) : IClassFixture<BrowserFixture>, IAsyncLifetime
{
    private readonly KestrelPlatform _platform = new();

    [Fact]
    public async Task The_results_stay_hidden_until_the_ceremony_then_the_winners_download_a_certificate_whose_QR_code_opens_its_check_page()
    {
        var stage = await CeremonyStage.ArrangeAsync(_platform);
        await stage.ScoreFinalAsync();
        Assert.True((await stage.PublishFinalAsync()).Published);
        var winnerCode = await _platform.WithScopeAsync(sp => sp.GetRequiredService<AppDbContext>().Teams.Where(t => t.Id == stage.Finalists[0]).Select(t => t.PublicCode).SingleAsync());

        // 10:00 on the final's last day: the final is published, the ceremony is at 19:00.
        var visitor = await browser.NewPageAsync(_platform.BaseUrl);
        await visitor.SetViewportSizeAsync(360, 740);
        await visitor.GotoAsync("/results");
        await Expect(visitor.Locator("#awaiting-ceremony")).ToContainTextAsync("24/11/2023 19:00");
        await Expect(visitor.Locator("#prizes")).ToHaveCountAsync(0);
        await Expect(visitor.Locator("[data-round='final']")).ToHaveCountAsync(0);
        await visitor.GotoAsync("/");
        await Expect(visitor.Locator("#winners")).ToHaveCountAsync(0);

        // 19:00: the prizes lead the results, on a phone, each team code on one line.
        _platform.Clock.SetUtcNow(CeremonyFactory.CeremonyTime);
        await visitor.GotoAsync("/results");
        var first = visitor.Locator("#prizes .winner").First;
        await Expect(first).ToContainTextAsync("Giải Nhất");
        await Expect(first).ToContainTextAsync("200.000.000 ₫");
        await Expect(first.Locator(".team-code")).ToHaveTextAsync(winnerCode);
        Assert.True(await visitor.Locator(".team-code").EvaluateAllAsync<bool>("codes => codes.every(c => c.getClientRects().length === 1)"));
        await visitor.GotoAsync("/");
        await Expect(visitor.Locator("#winners .winner").First).ToContainTextAsync(winnerCode);

        // A member of the winning team downloads their certificate from the team page.
        var leaderEmail = await _platform.LeaderOfAsync(stage.Finalists[0]);
        var certificate = await _platform.WithScopeAsync(async sp =>
        {
            var db = sp.GetRequiredService<AppDbContext>();
            var userId = await db.Users.Where(u => u.Email == leaderEmail).Select(u => u.Id).SingleAsync();
            return await db.Certificates.SingleAsync(c => c.UserId == userId);
        });
        Assert.Equal(CertificateKind.Prize, certificate.Kind);
        var member = await browser.NewPageAsync(_platform.BaseUrl);
        await new AccountPages(member).SignInAsync(leaderEmail, TestUsers.Password);
        await member.GotoAsync("/team");
        var download = await member.RunAndWaitForDownloadAsync(() =>
            member.GetByRole(AriaRole.Link, new() { Name = $"Tải giấy chứng nhận của {certificate.HolderName} (Giải Nhất), PDF" }).ClickAsync());
        var path = await download.PathAsync();
        var file = CertificateFile.Read(await File.ReadAllBytesAsync(path));

        // The PDF's text holds the member's Vietnamese name exactly, and the serial; its QR code leads to the check page.
        Assert.Contains(certificate.HolderName, file.Text, StringComparison.Ordinal);
        Assert.Contains(certificate.Serial, file.Text, StringComparison.Ordinal);
        // The link is built from the platform's public address (here its listening address), never the request's Host.
        var qr = new Uri(file.QrLink);
        Assert.Equal($"/certificates/{certificate.Serial}", qr.AbsolutePath);
        Assert.Equal(new Uri(_platform.BaseUrl).Port, qr.Port);
        var check = await browser.NewPageAsync(_platform.BaseUrl);
        await check.GotoAsync(file.QrLink);
        await Expect(check.Locator("#certificate-status")).ToContainTextAsync("Giấy chứng nhận hợp lệ");
        await Expect(check.Locator("#holder")).ToHaveTextAsync(certificate.HolderName);
        await Expect(check.Locator("#award")).ToHaveTextAsync("Giải Nhất");
    }

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync() => await _platform.DisposeAsync();
}
