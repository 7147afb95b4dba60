using System.Net;
using DataForLife.Tests.Support;
using DataForLife.Web.Data;
using DataForLife.Web.Domain.Accounts;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using MiniExcelLibs;

namespace DataForLife.Tests.Submissions;

/// <summary>The dossier list through the shared list mechanism: search, state, sort, pages, and exports with the same query.</summary>
[Trait("Category", "Integration")]
public sealed class DossierListTests : IAsyncLifetime
{
    private const string Organiser = "btc-danhsach@c06.gov.vn";
    private const string List = "/organizer/editions/2023/dossiers";
    private readonly JudgingFactory _factory = new();
    private HttpClient _organiser = null!;
    private List<(string Code, string Name)> _teams = [];

    public async Task InitializeAsync()
    {
        await _factory.InitializeAsync();
        await _factory.SeedAsync(30, intoRound1: false);
        await _factory.CreateUserAsync(Organiser, role: Roles.Organizer);
        _organiser = await _factory.SignedInAsync(Organiser);
        _teams = [.. (await _factory.WithScopeAsync(sp => sp.GetRequiredService<AppDbContext>().Teams.Where(t => t.EditionId == "2023")
            .OrderBy(t => t.Sequence).Select(t => new { t.PublicCode, t.Name }).ToListAsync())).Select(t => (t.PublicCode, t.Name))];
    }

    public async Task DisposeAsync() => await _factory.DisposeAsync();

    private static int Rows(string page) => System.Text.RegularExpressions.Regex.Count(page, "<tr data-team=");

    [Fact]
    public async Task The_list_is_paged_sorted_and_searched_from_its_query_string()
    {
        var first = WebUtility.HtmlDecode(await _organiser.GetStringAsync(List));
        Assert.Equal(25, Rows(first));
        Assert.Contains("Trang 1/2", first, StringComparison.Ordinal);
        Assert.Equal(5, Rows(await _organiser.GetStringAsync(List + "?p=2")));

        var descending = await _organiser.GetStringAsync(List + "?sort=code&desc=true");
        Assert.StartsWith($"<tr data-team=\"{_teams[^1].Code}\"", descending[descending.IndexOf("<tr data-team=", StringComparison.Ordinal)..], StringComparison.Ordinal);

        var found = await _organiser.GetStringAsync(List + "?q=" + Uri.EscapeDataString(_teams[3].Code.ToLowerInvariant()));
        Assert.Equal(1, Rows(found));
        Assert.Contains($"data-team=\"{_teams[3].Code}\"", found, StringComparison.Ordinal);
        var submitted = await _factory.WithScopeAsync(sp => sp.GetRequiredService<AppDbContext>().Dossiers.CountAsync(d => d.EditionId == "2023" && d.SubmittedVersion != null));
        Assert.Equal(30 - submitted, Rows(await _organiser.GetStringAsync(List + "?state=not-submitted")));
        Assert.Equal(Math.Min(submitted, 25), Rows(await _organiser.GetStringAsync(List + "?state=submitted")));
    }

    [Fact]
    public async Task Exports_carry_the_search_and_filters_and_each_is_in_the_audit_log()
    {
        var code = _teams[7].Code;
        var csv = await _organiser.GetAsync(List + $"?handler=Export&format=csv&state=submitted&q={code}");
        Assert.Equal(HttpStatusCode.OK, csv.StatusCode);
        var lines = (await csv.Content.ReadAsStringAsync()).TrimStart('\uFEFF').Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(2, lines.Length);
        Assert.StartsWith("Mã đội,", lines[0], StringComparison.Ordinal);
        Assert.StartsWith(code + ",", lines[1], StringComparison.Ordinal);

        var excel = await _organiser.GetAsync(List + "?handler=Export&format=xlsx&sort=code&desc=true");
        using var sheet = new MemoryStream(await excel.Content.ReadAsByteArrayAsync());
        var rows = sheet.Query(useHeaderRow: true).Cast<IDictionary<string, object>>().ToList();
        Assert.Equal(30, rows.Count);
        Assert.Equal(_teams[^1].Code, rows[0]["Mã đội"]);

        var entries = await _factory.WithScopeAsync(sp => sp.GetRequiredService<AppDbContext>().AuditEntries
            .Where(a => a.Action == "dossiers.exported").OrderBy(a => a.Sequence).ToListAsync());
        Assert.Equal(2, entries.Count);
        using var narrow = System.Text.Json.JsonDocument.Parse(entries[0].AfterJson!);
        Assert.Equal(code, narrow.RootElement.GetProperty("filter").GetProperty("q").GetString());
        Assert.Equal("submitted", narrow.RootElement.GetProperty("filter").GetProperty("filters").GetProperty("state").GetString());
        Assert.Equal(1, narrow.RootElement.GetProperty("rows").GetInt32());
        using var whole = System.Text.Json.JsonDocument.Parse(entries[1].AfterJson!);
        Assert.Equal("xlsx", whole.RootElement.GetProperty("format").GetString());
        Assert.True(whole.RootElement.GetProperty("filter").GetProperty("desc").GetBoolean());
        Assert.Equal(await _factory.UserIdAsync(Organiser), entries[0].ActorId);
    }
}
