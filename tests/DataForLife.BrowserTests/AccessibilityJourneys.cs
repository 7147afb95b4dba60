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
/// alternative; every link and button says what it does; and what people read stands out from its background (text
/// contrast of at least 4.5:1, 3:1 for large text, computed from the colours the browser drew).
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
          // Text against its background: 4.5:1, or 3:1 for large text (24px, or 18.66px bold), as WCAG 2.2 AA asks.
          const rgba = c => { const m = c.match(/[\d.]+/g) || []; return m.length < 3 ? null : [+m[0], +m[1], +m[2], m.length > 3 ? +m[3] : 1]; };
          const over = (top, bottom) => [0, 1, 2].map(i => top[i] * top[3] + bottom[i] * (1 - top[3])).concat(1);
          const luminance = c => { const [r, g, b] = c.slice(0, 3).map(v => { v /= 255; return v <= 0.03928 ? v / 12.92 : Math.pow((v + 0.055) / 1.055, 2.4); }); return 0.2126 * r + 0.7152 * g + 0.0722 * b; };
          // What cannot be measured this way (a background image or gradient, see-through layers, colours not in rgb())
          // is reported, not passed, so that whoever adds it checks it by eye and extends the check.
          const unmeasured = (el, why) => problems.push('contrast not measured (' + why + '): ' + el.tagName.toLowerCase() + ' "' + el.textContent.trim().slice(0, 40) + '"');
          const background = el => {
            const layers = [];
            for (let e = el; e; e = e.parentElement) {
              const style = getComputedStyle(e);
              if (style.backgroundImage !== 'none') return 'a background image';
              if (+style.opacity < 1 || style.filter !== 'none' || style.mixBlendMode !== 'normal') return 'opacity, a filter or blending';
              const c = rgba(style.backgroundColor);
              if (c && c[3] > 0) { layers.push(c); if (c[3] >= 1) break; }
            }
            return layers.reduceRight((under, layer) => over(layer, under), [255, 255, 255, 1]);
          };
          const check = (el, color, style, what) => {
            const bg = background(el);
            if (typeof bg === 'string') return unmeasured(el, bg);
            if (!/^rgba?\(/.test(color)) return unmeasured(el, color);
            const fg = rgba(color);
            const a = luminance(over(fg, bg)), b = luminance(bg);
            const ratio = (Math.max(a, b) + 0.05) / (Math.min(a, b) + 0.05);
            const size = parseFloat(style.fontSize), bold = +style.fontWeight >= 700;
            const needed = size >= 24 || (bold && size >= 18.66) ? 3 : 4.5;
            if (ratio < needed) problems.push('contrast ' + ratio.toFixed(2) + ' < ' + needed + ': ' + what + ' (' + color + ' on ' + bg.slice(0, 3).join(',') + ')');
          };
          for (const el of document.body.querySelectorAll('*')) {
            if (!visible(el) || el.closest('[disabled], [aria-disabled=true], [hidden], script, style, noscript, option')) continue;
            if (![...el.childNodes].some(n => n.nodeType === 3 && n.textContent.trim())) continue;
            const style = getComputedStyle(el);
            if (style.visibility !== 'visible') continue;
            check(el, style.color, style, el.tagName.toLowerCase() + ' "' + el.textContent.trim().slice(0, 40) + '"');
          }
          // What is typed in a field, and the hint shown in an empty one.
          for (const el of document.querySelectorAll('input:not([type=hidden]):not([type=checkbox]):not([type=radio]):not([type=file]), textarea, select')) {
            if (!visible(el) || el.closest('[disabled], [aria-disabled=true]')) continue;
            const style = getComputedStyle(el);
            check(el, style.color, style, 'text in ' + (el.name || el.id || el.tagName.toLowerCase()));
            if (el.placeholder) check(el, getComputedStyle(el, '::placeholder').color, style, 'hint in ' + (el.name || el.id));
          }
          return problems;
        }
        """;

    private readonly KestrelPlatform _platform = new();

    [Fact]
    public async Task Public_team_and_organiser_pages_name_their_fields_images_links_and_buttons()
    {
        var entries = await _platform.OpenVotingAsync();
        await _platform.CreateUserAsync("btc-tiepcan@c06.gov.vn", role: Roles.Organizer, displayName: "Hồ Thị Tiếp Cận");
        var page = await browser.NewPageAsync(_platform.BaseUrl);
        var problems = new List<string>();
        async Task CheckAsync(string path)
        {
            var response = await page.GotoAsync(path);
            Assert.True(response is { Ok: true }, $"{path} answered {response?.Status}");
            problems.AddRange((await page.EvaluateAsync<string[]>(Audit)).Select(p => $"{path}: {p}"));
        }

        foreach (var path in new[] { "/", "/rules", "/data", "/data/population", "/vote", $"/vote/{entries[0]}", "/vote/verify", "/results", "/editions", "/account/login",
            "/account/register", "/account/forgot-password", "/final/clock" })
        {
            await CheckAsync(path);
        }

        var teamId = await _platform.WithScopeAsync(sp =>
            sp.GetRequiredService<AppDbContext>().Teams.Where(t => t.EditionId == "2023").OrderBy(t => t.Id).Select(t => t.Id).FirstAsync());
        var leader = await browser.NewPageAsync(_platform.BaseUrl);
        await new AccountPages(leader).SignInAsync(await _platform.LeaderOfAsync(teamId), TestUsers.Password);
        foreach (var path in new[] { "/team", "/team/dossier", "/team/pitch", "/team/mentoring", "/team/final", "/profile", "/account", "/account/two-factor" })
        {
            var response = await leader.GotoAsync(path);
            Assert.True(response is { Ok: true }, $"{path} answered {response?.Status}");
            problems.AddRange((await leader.EvaluateAsync<string[]>(Audit)).Select(p => $"{path}: {p}"));
        }

        await new AccountPages(page).SignInAsync("btc-tiepcan@c06.gov.vn", TestUsers.Password);
        foreach (var path in new[] { "/organizer", "/organizer/editions/2023", "/organizer/editions/2023/catalogue", "/organizer/editions/2023/judging/round1",
            "/organizer/editions/2023/votes", "/organizer/editions/2023/votes/review", "/organizer/people", "/organizer/partner-keys", "/organizer/audit",
            "/organizer/editions", "/organizer/editions/2023/teams", $"/organizer/teams/{teamId}", "/organizer/editions/2023/dossiers",
            $"/organizer/dossiers/{teamId}", "/organizer/editions/2023/roster", "/organizer/editions/2023/judging",
            "/organizer/editions/2023/mentors", "/organizer/editions/2023/final", "/organizer/editions/2023/check-in", "/organizer/editions/2023/stage" })
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
    public async Task The_ceremony_results_press_kit_certificates_and_payout_pages_name_their_fields_images_links_and_buttons()
    {
        var stage = await CeremonyStage.ArrangeAsync(_platform);
        await stage.ScoreFinalAsync();
        Assert.True((await stage.PublishFinalAsync()).Published);
        _platform.Clock.SetUtcNow(CeremonyFactory.CeremonyTime);
        await _platform.CreateUserAsync("btc-letraogiai@c06.gov.vn", role: Roles.Organizer, displayName: "Đỗ Thị Trao Giải");
        var serial = await _platform.WithScopeAsync(sp => sp.GetRequiredService<AppDbContext>().Certificates.OrderBy(c => c.Id).Select(c => c.Serial).FirstAsync());
        var problems = new List<string>();
        async Task CheckAsync(IPage page, string path)
        {
            var response = await page.GotoAsync(path);
            Assert.True(response is { Ok: true }, $"{path} answered {response?.Status}");
            problems.AddRange((await page.EvaluateAsync<string[]>(Audit)).Select(p => $"{path}: {p}"));
        }

        var visitor = await browser.NewPageAsync(_platform.BaseUrl);
        foreach (var path in new[] { "/", "/results", "/results/press", $"/certificates/{serial}" })
        {
            await CheckAsync(visitor, path);
        }

        var member = await browser.NewPageAsync(_platform.BaseUrl);
        await new AccountPages(member).SignInAsync(await _platform.LeaderOfAsync(stage.Finalists[0]), TestUsers.Password);
        await CheckAsync(member, "/team");
        var organiser = await browser.NewPageAsync(_platform.BaseUrl);
        await new AccountPages(organiser).SignInAsync("btc-letraogiai@c06.gov.vn", TestUsers.Password);
        foreach (var path in new[] { "/organizer/editions/2023/ceremony", "/organizer/editions/2023/certificates", "/organizer/editions/2023" })
        {
            await CheckAsync(organiser, path);
        }

        Assert.True(problems.Count == 0, string.Join(Environment.NewLine, problems));
    }

    [Fact]
    public async Task The_check_finds_what_it_looks_for()
    {
        var page = await browser.NewPageAsync(_platform.BaseUrl);
        await page.SetContentAsync("<html><body><h1>A</h1><h1>B</h1><input name=\"q\"><img src=\"x.png\"><button></button><a href=\"/\"></a>"
            + "<p style=\"color:#999\">grey on white</p><p style=\"color:#767676\">dark enough</p>"
            + "<div style=\"background:#000\"><span style=\"color:rgba(255,255,255,0.3)\">faint white on black</span></div>"
            + "<style>input.pale::placeholder { color: #bbb; }</style><input name=\"hint\" class=\"pale\" aria-label=\"Hint\" placeholder=\"pale hint\" style=\"color:#000\">"
            + "<p style=\"background-image:linear-gradient(#fff,#eee)\">on a gradient</p></body></html>");

        var problems = await page.EvaluateAsync<string[]>(Audit);

        Assert.Equal(["no lang on <html>", "2 <h1> elements", "field without a name: q", "image without alt: x.png"], problems.Take(4));
        Assert.Contains(problems, p => p.StartsWith("unnamed button", StringComparison.Ordinal));
        Assert.Contains(problems, p => p.StartsWith("contrast 2.85 < 4.5: p \"grey on white\"", StringComparison.Ordinal));
        Assert.DoesNotContain(problems, p => p.Contains("dark enough", StringComparison.Ordinal));
        Assert.Contains(problems, p => p.StartsWith("contrast ", StringComparison.Ordinal) && p.Contains("\"faint white on black\"", StringComparison.Ordinal));
        Assert.DoesNotContain(problems, p => p.Contains("text in hint", StringComparison.Ordinal));
        Assert.Contains(problems, p => p.StartsWith("contrast ", StringComparison.Ordinal) && p.Contains("hint in hint", StringComparison.Ordinal));
        Assert.Contains("contrast not measured (a background image): p \"on a gradient\"", problems);
    }

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync() => await _platform.DisposeAsync();
}
