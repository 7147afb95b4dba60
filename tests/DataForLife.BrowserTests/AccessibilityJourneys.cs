using DataForLife.BrowserTests.Pages;
using DataForLife.BrowserTests.Support;
using DataForLife.Tests.Support;
using DataForLife.Web.Data;
using DataForLife.Web.Domain.Accounts;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;

namespace DataForLife.BrowserTests;

/// <summary>
/// Basic checks a screen reader depends on, on the pages the public, teams and organisers use most: the page says its
/// language and has one main heading; every visible field has an accessible name; every image has a text
/// alternative; every link and button says what it does.
/// </summary>
public sealed class AccessibilityJourneys(BrowserFixture browser) : IClassFixture<BrowserFixture>, IAsyncLifetime
{
    private const string Audit = """
        () => {
          const problems = [];
          const named = el => (el.labels && el.labels.length > 0) || el.getAttribute('aria-label') || el.getAttribute('aria-labelledby') || el.getAttribute('title');
          const visible = el => !!(el.offsetWidth || el.offsetHeight || el.getClientRects().length);
          if (!document.documentElement.lang) problems.push('no lang on <html>');
          const h1 = document.querySelectorAll('h1').length;
          if (h1 !== 1) problems.push(h1 + ' <h1> elements');
          for (const el of document.querySelectorAll('input:not([type=hidden]), select, textarea')) {
            if (visible(el) && !named(el)) problems.push('field without a name: ' + (el.name || el.id || el.outerHTML.slice(0, 80)));
          }
          for (const img of document.querySelectorAll('img')) {
            if (!img.hasAttribute('alt')) problems.push('image without alt: ' + img.getAttribute('src'));
          }
          for (const el of document.querySelectorAll('a[href], button')) {
            const text = (el.innerText || '').trim() || el.getAttribute('aria-label') || el.getAttribute('title') || (el.querySelector('img[alt]:not([alt=""])') ? 'img' : '');
            if (visible(el) && !text) problems.push('unnamed ' + el.tagName.toLowerCase() + ': ' + el.outerHTML.slice(0, 80));
          }
          return problems;
        }
        """;

    private readonly KestrelPlatform _platform = new();

    [Fact]
    public async Task Public_team_and_organiser_pages_name_their_fields_images_links_and_buttons()
    {
        await _platform.OpenVotingAsync();
        await _platform.CreateUserAsync("btc-tiepcan@c06.gov.vn", role: Roles.Organizer, displayName: "Hồ Thị Tiếp Cận");
        var page = await browser.NewPageAsync(_platform.BaseUrl);
        var problems = new List<string>();
        async Task CheckAsync(string path)
        {
            var response = await page.GotoAsync(path);
            Assert.True(response is { Ok: true }, $"{path} answered {response?.Status}");
            problems.AddRange((await page.EvaluateAsync<string[]>(Audit)).Select(p => $"{path}: {p}"));
        }

        foreach (var path in new[] { "/", "/rules", "/data", "/data/population", "/vote", "/vote/verify", "/results", "/editions", "/account/login",
            "/account/register", "/account/forgot-password" })
        {
            await CheckAsync(path);
        }

        var teamId = await _platform.WithScopeAsync(sp =>
            sp.GetRequiredService<AppDbContext>().Teams.Where(t => t.EditionId == "2023").OrderBy(t => t.Id).Select(t => t.Id).FirstAsync());
        var leader = await browser.NewPageAsync(_platform.BaseUrl);
        await new AccountPages(leader).SignInAsync(await _platform.LeaderOfAsync(teamId), TestUsers.Password);
        foreach (var path in new[] { "/team", "/team/dossier", "/team/pitch", "/profile", "/account", "/account/two-factor" })
        {
            var response = await leader.GotoAsync(path);
            Assert.True(response is { Ok: true }, $"{path} answered {response?.Status}");
            problems.AddRange((await leader.EvaluateAsync<string[]>(Audit)).Select(p => $"{path}: {p}"));
        }

        await new AccountPages(page).SignInAsync("btc-tiepcan@c06.gov.vn", TestUsers.Password);
        foreach (var path in new[] { "/organizer", "/organizer/editions/2023", "/organizer/editions/2023/catalogue", "/organizer/editions/2023/judging/round1",
            "/organizer/editions/2023/votes", "/organizer/editions/2023/votes/review", "/organizer/people", "/organizer/partner-keys", "/organizer/audit",
            "/organizer/editions", "/organizer/editions/2023/teams", $"/organizer/teams/{teamId}", "/organizer/editions/2023/dossiers",
            $"/organizer/dossiers/{teamId}", "/organizer/editions/2023/roster", "/organizer/editions/2023/judging" })
        {
            await CheckAsync(path);
        }

        var judge = await browser.NewPageAsync(_platform.BaseUrl);
        await new AccountPages(judge).SignInAsync(JudgingFactory.Head, TestUsers.Password);
        foreach (var path in new[] { "/judging", "/judging/conflicts", "/judging/progress", "/judging/ties/round1" })
        {
            var response = await judge.GotoAsync(path);
            Assert.True(response is { Ok: true }, $"{path} answered {response?.Status}");
            problems.AddRange((await judge.EvaluateAsync<string[]>(Audit)).Select(p => $"{path}: {p}"));
        }

        Assert.True(problems.Count == 0, string.Join(Environment.NewLine, problems));
    }

    [Fact]
    public async Task The_check_finds_what_it_looks_for()
    {
        var page = await browser.NewPageAsync(_platform.BaseUrl);
        await page.SetContentAsync("<html><body><h1>A</h1><h1>B</h1><input name=\"q\"><img src=\"x.png\"><button></button><a href=\"/\"></a></body></html>");

        var problems = await page.EvaluateAsync<string[]>(Audit);

        Assert.Equal(["no lang on <html>", "2 <h1> elements", "field without a name: q", "image without alt: x.png"], problems.Take(4));
        Assert.Contains(problems, p => p.StartsWith("unnamed button", StringComparison.Ordinal));
    }

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync() => await _platform.DisposeAsync();
}
