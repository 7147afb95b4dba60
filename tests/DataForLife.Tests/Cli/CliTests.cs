using DataForLife.Cli;
using DataForLife.Tests.Support;
using DataForLife.Web.Data;
using DataForLife.Web.Domain.Editions;
using DataForLife.Web.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace DataForLife.Tests.Cli;

[Trait("Category", "Integration")]
public sealed class CliTests : IAsyncLifetime
{
    private readonly TestDatabase _database = TestDatabase.Create();

    private Task<int> RunAsync(params string[] args) =>
        DflCommand.Build(c => c.AddInMemoryCollection(_database.Settings)).Parse(args).InvokeAsync();

    private async Task<T> QueryAsync<T>(Func<AppDbContext, Task<T>> query)
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(_database.Settings).Build();
        await using var services = new ServiceCollection().AddLogging().AddAppDatabase(configuration).BuildServiceProvider();
        await using var scope = services.CreateAsyncScope();
        return await query(scope.ServiceProvider.GetRequiredService<AppDbContext>());
    }

    [Fact]
    public async Task Migrate_creates_the_database_and_seeds_the_plans_edition()
    {
        Assert.Equal(0, await RunAsync("db", "migrate"));

        Assert.True(await QueryAsync(db => db.Editions.AnyAsync(e => e.Id == "2023")));
        if (!TestDatabase.UsePostgres)
        {
            Assert.True(File.Exists(Path.Combine(_database.DataDirectory, "dataforlife.db")));
            // The write-ahead log is a property of the file: a new connection finds it on.
            var mode = await QueryAsync(db => db.Database.SqlQueryRaw<string>("SELECT journal_mode AS Value FROM pragma_journal_mode()").SingleAsync());
            Assert.Equal("wal", mode);
        }
    }

    [Fact]
    public async Task Demo_seed_places_the_demo_edition_with_registration_open_now_and_replaces_it_when_run_again()
    {
        Assert.Equal(0, await RunAsync("db", "migrate"));

        Assert.Equal(0, await RunAsync("demo", "seed", "--stage", "registration"));
        Assert.Equal(0, await RunAsync("demo", "seed", "--stage", "registration"));

        var demo = await QueryAsync(db => db.Editions.AsNoTracking().SingleAsync(e => e.Id == "demo"));
        var current = await QueryAsync(db => db.SiteSettings.AsNoTracking().SingleAsync(s => s.Key == Web.Domain.SiteSetting.CurrentEditionKey));
        Assert.Equal("demo", current.Value);
        Assert.True(TimelineView.At(demo.Definition, DateTimeOffset.UtcNow).IsOpen("registration"));
        Assert.Equal(1, demo.Revision);
        Assert.Equal(200, await QueryAsync(db => db.Teams.CountAsync(t => t.EditionId == "demo")));
        Assert.Equal(0, await QueryAsync(db => db.Dossiers.CountAsync()));
        var members = await QueryAsync(db => db.TeamMembers.Where(m => m.EditionId == "demo").CountAsync());
        Assert.InRange(members, 400, 1000);
        Assert.Equal(members, await QueryAsync(db => db.Profiles.CountAsync(p => p.Email.EndsWith("@demo.dataforlife.vn"))));
        // The data teams may use, once, however often the demo is seeded.
        var template = await QueryAsync(db => db.Set<Web.Domain.Catalogue.DataSet>().Where(d => d.EditionId == "2023").Select(d => d.Slug).OrderBy(s => s).ToListAsync());
        Assert.NotEmpty(template);
        Assert.Equal(template, await QueryAsync(db => db.Set<Web.Domain.Catalogue.DataSet>().Where(d => d.EditionId == "demo").Select(d => d.Slug).OrderBy(s => s).ToListAsync()));
    }

    [Fact]
    public async Task Demo_seed_at_the_submission_stage_gives_most_teams_a_submitted_dossier()
    {
        Assert.Equal(0, await RunAsync("demo", "seed", "--stage", "submission"));

        var demo = await QueryAsync(db => db.Editions.AsNoTracking().SingleAsync(e => e.Id == "demo"));
        var submitted = await QueryAsync(db => db.Dossiers.CountAsync(d => d.EditionId == "demo" && d.SubmittedVersion != null));
        Assert.True(TimelineView.At(demo.Definition, DateTimeOffset.UtcNow).IsOpen("submission"));
        Assert.InRange(submitted, 120, 200);
    }

    [Theory]
    [InlineData("round1", 0, false, false, true)]
    [InlineData("round2", 1, true, false, true)]
    [InlineData("final", 2, true, true, false)]
    public async Task Demo_seed_at_a_judging_stage_publishes_the_rounds_behind_it_and_scores_part_of_the_open_one(string stage, int published, bool sessions, bool order,
        bool scored)
    {
        Assert.Equal(0, await RunAsync("demo", "seed", "--stage", stage));

        var demo = await QueryAsync(db => db.Editions.AsNoTracking().SingleAsync(e => e.Id == "demo"));
        var open = demo.Definition.Rounds[published];
        Assert.True(TimelineView.At(demo.Definition, DateTimeOffset.UtcNow).IsOpen(open.PhaseCode));
        Assert.Equal(published, await QueryAsync(db => db.RoundPublications.CountAsync(p => p.EditionId == "demo")));
        // During the final's 24 hours nothing is pitched yet, so no sheet of the final exists.
        Assert.Equal(scored, await QueryAsync(db => db.ScoreSheets.AnyAsync(s => s.EditionId == "demo" && s.RoundCode == open.Code)));
        Assert.True(await QueryAsync(db => db.Assignments.CountAsync(a => a.EditionId == "demo")) >= 3 * 150);
        Assert.Equal(sessions, await QueryAsync(db => db.PitchSessions.AnyAsync(s => s.EditionId == "demo")));
        Assert.Equal(order, await QueryAsync(db => db.PitchOrders.AnyAsync(o => o.EditionId == "demo")));
    }

    [Fact]
    public async Task Demo_seed_at_the_finished_stage_announces_the_prizes_writes_the_letters_and_issues_the_certificates()
    {
        Assert.Equal(0, await RunAsync("demo", "seed", "--stage", "finished"));

        var demo = await QueryAsync(db => db.Editions.AsNoTracking().SingleAsync(e => e.Id == "demo"));
        Assert.True(demo.Definition.Ceremony.ResultsAt < DateTimeOffset.UtcNow);
        Assert.True(demo.Definition.Ceremony.ResultsAt > demo.Definition.FindPhase("final")!.StartsAt);
        var final = await QueryAsync(db => db.RoundPublications.AsNoTracking().SingleAsync(p => p.EditionId == "demo" && p.RoundCode == "final"));
        Assert.NotNull(final.LettersQueuedAtUtc);
        var awards = await QueryAsync(db => db.Awards.AsNoTracking().Where(a => a.EditionId == "demo").OrderBy(a => a.Rank).ToListAsync());
        Assert.Equal(["first", "second", "third", "consolation", "consolation"], awards.Select(a => a.PrizeCode));
        Assert.Equal(370_000_000, awards.Sum(a => a.AmountVnd));
        var members = await QueryAsync(db => db.TeamMembers.CountAsync(m => awards.Select(a => a.TeamId).Contains(m.TeamId)));
        Assert.Equal(members, await QueryAsync(db => db.Certificates.CountAsync(c => c.EditionId == "demo" && c.Kind == Web.Domain.Ceremony.CertificateKind.Prize)));
        Assert.True(await QueryAsync(db => db.Certificates.AnyAsync(c => c.EditionId == "demo" && c.Kind == Web.Domain.Ceremony.CertificateKind.Finalist)));
        Assert.True(await QueryAsync(db => db.OutboxMessages.AnyAsync(m => m.Subject.StartsWith("Kết quả Dữ liệu số với cuộc sống"))));
    }

    [Fact]
    public async Task Demo_seed_at_the_final_stage_confirms_mentors_issues_tickets_runs_the_24_hours_and_keeps_the_ceremony_ahead()
    {
        Assert.Equal(0, await RunAsync("demo", "seed", "--stage", "final"));

        var demo = await QueryAsync(db => db.Editions.AsNoTracking().SingleAsync(e => e.Id == "demo"));
        Assert.False(string.IsNullOrEmpty(demo.Definition.Final.Venue.Vi));
        Assert.NotNull(demo.Definition.Final.CheckInAt);
        Assert.Equal(10, await QueryAsync(db => db.MentorAssignments.CountAsync(a => a.EditionId == "demo")));
        Assert.True(await QueryAsync(db => db.MentoringNotes.CountAsync(n => n.EditionId == "demo")) >= 20);
        var tickets = await QueryAsync(db => db.FinalTickets.Where(t => t.EditionId == "demo").ToListAsync());
        var finalists = await QueryAsync(db => db.TeamMembers.CountAsync(m => db.FinalTickets.Any(t => t.TeamId == m.TeamId)));
        Assert.Equal(finalists, tickets.Count);
        Assert.InRange(tickets.Count(t => t.CheckedInAtUtc != null), 1, tickets.Count - 1);
        var run = await QueryAsync(db => db.FinalRuns.SingleAsync(r => r.EditionId == "demo"));
        Assert.InRange(DateTime.UtcNow, run.StartedAtUtc, run.EndsAtUtc);
        Assert.Equal(7, await QueryAsync(db => db.HandIns.CountAsync(h => h.EditionId == "demo" && h.LatestVersion == 1)));
        Assert.True(demo.Definition.Ceremony.ResultsAt > DateTimeOffset.UtcNow);
        Assert.Equal(0, await QueryAsync(db => db.Awards.CountAsync(a => a.EditionId == "demo")));
    }

    [Fact]
    public async Task Demo_seed_at_the_voting_stage_opens_the_vote_on_the_30_published_entries_with_votes_cast_so_far()
    {
        Assert.Equal(0, await RunAsync("demo", "seed", "--stage", "voting"));

        var demo = await QueryAsync(db => db.Editions.AsNoTracking().SingleAsync(e => e.Id == "demo"));
        Assert.True(TimelineView.At(demo.Definition, DateTimeOffset.UtcNow).IsOpen(demo.Definition.Voting.PhaseCode));
        Assert.Equal(1, await QueryAsync(db => db.RoundPublications.CountAsync(p => p.EditionId == "demo")));
        var voted = await QueryAsync(db => db.Votes.Where(v => v.EditionId == "demo").Select(v => v.TeamId).Distinct().CountAsync());
        Assert.Equal(30, voted);
        Assert.True(await QueryAsync(db => db.Votes.AllAsync(v => v.EditionId != "demo" || v.CastAtUtc <= DateTime.UtcNow)));
    }

    [Theory]
    [InlineData("Argument 'nonsense' not recognized. Must be one of:", "demo", "seed", "--stage", "nonsense")]
    [InlineData("Option '--stage' is required.", "demo", "seed")]
    [InlineData("Unrecognized command or argument 'migrat'.", "db", "migrat")]
    public async Task Bad_arguments_end_with_a_non_zero_exit_code_and_say_what_is_wrong(string message, params string[] args)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();

        var code = await DflCommand.Build(c => c.AddInMemoryCollection(_database.Settings)).Parse(args)
            .InvokeAsync(new System.CommandLine.InvocationConfiguration { Output = output, Error = error });

        Assert.NotEqual(0, code);
        Assert.Contains(message, error.ToString(), StringComparison.Ordinal);
        Assert.False(File.Exists(Path.Combine(_database.DataDirectory, "dataforlife.db")), "a refused command opened the database");
    }

    [Fact]
    public async Task Setup_token_prints_a_new_one_time_token_and_the_earlier_one_stops_counting()
    {
        var first = await OutputOfAsync("setup", "token");
        var second = await OutputOfAsync("setup", "token");

        Assert.Matches("^[A-Za-z0-9_-]{32}$", first);
        Assert.NotEqual(first, second);
        // Only the latest token's hash is kept: the printed token is the one /setup will take.
        var stored = await QueryAsync(db => db.SiteSettings.Where(x => x.Key == DataForLife.Web.Features.Setup.SetupToken.SettingKey).Select(x => x.Value).SingleAsync());
        Assert.Equal(Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(System.Text.Encoding.UTF8.GetBytes(second))), stored);
    }

    private async Task<string> OutputOfAsync(params string[] args)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        var code = await DflCommand.Build(c => c.AddInMemoryCollection(_database.Settings)).Parse(args)
            .InvokeAsync(new System.CommandLine.InvocationConfiguration { Output = output, Error = error });
        Assert.True(code == 0, error.ToString());
        return output.ToString().Trim();
    }

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync() => await _database.DisposeAsync();
}
