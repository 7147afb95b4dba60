using System.Globalization;
using System.Net;
using DataForLife.Web.Data;
using DataForLife.Web.Domain.Judging;
using DataForLife.Web.Features.Demo;
using DataForLife.Web.Infrastructure.Files;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace DataForLife.Tests.Dashboard;

/// <summary>The dashboard of the finished demo edition: its numbers against the database counted another way, and who may see it.</summary>
[Trait("Category", "Integration")]
public sealed class DashboardTests(DemoEditionFactory factory) : IClassFixture<DemoEditionFactory>
{
    private const string Page = "/organizer/editions/demo/dashboard";

    [Fact]
    public async Task The_page_shows_every_chart_with_its_picture_table_and_download()
    {
        var organiser = await factory.SignedInAsync(DemoEditionFactory.Organiser);
        var html = await organiser.GetStringAsync(Page);
        foreach (var chart in (string[])["registrations", "categories", "countries", "provinces", "organisations", "dossiers", "rounds", "judges", "votes", "final"])
        {
            Assert.Contains($"id=\"chart-{chart}\"", html, StringComparison.Ordinal);
            Assert.Contains($"id=\"chart-{chart}-table\"", html, StringComparison.Ordinal);
            Assert.Contains($"?handler=Csv&amp;chart={chart}", html, StringComparison.Ordinal);
        }

        Assert.Contains("role=\"img\"", html, StringComparison.Ordinal);
        Assert.DoesNotContain("style=", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_registration_and_dossier_figures_add_up_to_the_teams_of_the_edition()
    {
        var (teams, categories, submitted) = await factory.WithScopeAsync(async sp =>
        {
            var db = sp.GetRequiredService<AppDbContext>();
            var all = await db.Teams.Where(t => t.EditionId == DemoSeeder.EditionId).Select(t => t.Categories).ToListAsync();
            var perCategory = all.SelectMany(c => c.Split(',')).GroupBy(c => c).ToDictionary(g => g.Key, g => (long)g.Count());
            return (all.Count, perCategory, await db.Dossiers.CountAsync(d => d.EditionId == DemoSeeder.EditionId && d.SubmittedVersion != null));
        });
        var organiser = await factory.SignedInAsync(DemoEditionFactory.Organiser);

        var registrations = await CsvAsync(organiser, "registrations");
        Assert.Equal(teams, Number(registrations[^1][2]));
        Assert.Equal(teams, registrations.Skip(1).Sum(r => Number(r[1])));

        var byCategory = await CsvAsync(organiser, "categories");
        Assert.Equal(categories.Values.Order(), byCategory.Skip(1).Select(r => Number(r[1])).Where(n => n > 0).Order());

        var dossiers = await CsvAsync(organiser, "dossiers");
        Assert.Equal(teams, dossiers.Skip(1).Sum(r => Number(r[1])));
        Assert.Equal(submitted, Number(dossiers[1][1]));
    }

    [Fact]
    public async Task The_judging_vote_and_final_figures_match_the_sheets_votes_and_tickets()
    {
        var (due, sheets, votes, checkedIn) = await factory.WithScopeAsync(async sp =>
        {
            var db = sp.GetRequiredService<AppDbContext>();
            var edition = DemoSeeder.EditionId;
            return (await db.Assignments.CountAsync(a => a.EditionId == edition && a.RoundCode == "round1"),
                await db.ScoreSheets.CountAsync(s => s.EditionId == edition && s.RoundCode == "round1" && s.Status == SheetStatus.Submitted),
                await db.Votes.CountAsync(v => v.EditionId == edition),
                await db.FinalTickets.CountAsync(t => t.EditionId == edition && t.CheckedInAtUtc != null));
        });
        var observer = await factory.SignedInAsync(DemoEditionFactory.Observer);

        var rounds = await CsvAsync(observer, "rounds");
        Assert.Equal(["Vòng", "Phiếu đã nộp", "Phiếu phải chấm"], rounds[0]);
        Assert.Equal(due, Number(rounds[1][2]));
        Assert.Equal(sheets, Number(rounds[1][1]));
        var judges = await CsvAsync(observer, "judges");
        Assert.Equal(due, judges.Skip(1).Where(r => r[0].EndsWith("· round1", StringComparison.Ordinal)).Sum(r => Number(r[2])));

        var perDay = await CsvAsync(observer, "votes");
        Assert.True(votes > 0);
        Assert.Equal(votes, perDay.Skip(1).Sum(r => Number(r[1]) + Number(r[2])));

        var final = await CsvAsync(observer, "final");
        Assert.True(checkedIn > 0);
        Assert.Equal(checkedIn, Number(final[1][1]));
    }

    [Fact]
    public async Task Only_organisers_and_observers_see_the_dashboard()
    {
        var anonymous = factory.CreateBrowserLikeClient();
        Assert.Equal(HttpStatusCode.Redirect, (await anonymous.GetAsync(Page)).StatusCode);
        var observer = await factory.SignedInAsync(DemoEditionFactory.Observer);
        Assert.Equal(HttpStatusCode.OK, (await observer.GetAsync(Page)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await observer.GetAsync(Page + "?handler=Csv&chart=nothing")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await observer.GetAsync("/organizer/editions/1999/dashboard")).StatusCode);
    }

    private static long Number(string text) => long.Parse(text, CultureInfo.InvariantCulture);

    private static async Task<List<string[]>> CsvAsync(HttpClient client, string chart)
    {
        var response = await client.GetAsync($"{Page}?handler=Csv&chart={chart}");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/csv", response.Content.Headers.ContentType?.MediaType);
        using var reader = new StringReader(await response.Content.ReadAsStringAsync());
        return Csv.Parse(reader);
    }
}
