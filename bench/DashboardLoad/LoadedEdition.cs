using System.Diagnostics;
using System.Globalization;
using DataForLife.Web.Data;
using DataForLife.Web.Features.Demo;
using DataForLife.Web.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace DataForLife.Bench.DashboardLoad;

/// <summary>The platform's services on a SQLite file holding the demo edition with many teams and votes.</summary>
public sealed class LoadedEdition(ServiceProvider services) : IAsyncDisposable
{
    public ServiceProvider Services { get; } = services;

    public static async Task<LoadedEdition> SeedAsync(string data, int teams, int votes)
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Data:Directory"] = data, ["Files:Directory"] = Path.Combine(data, "files"), ["Database:MigrateOnStart"] = "true",
        }).Build();
        var services = new ServiceCollection().AddSingleton<IConfiguration>(configuration).AddLogging(b => b.SetMinimumLevel(LogLevel.Warning));
        services.AddPlatformCore(configuration);
        var provider = services.BuildServiceProvider();
        var watch = Stopwatch.StartNew();
        await using (var scope = provider.CreateAsyncScope())
        {
            await scope.ServiceProvider.GetRequiredService<DatabaseInitializer>().InitializeAsync();
            // The submission window open now: teams, members, profiles and dossiers as teams leave them.
            await scope.ServiceProvider.GetRequiredService<DemoSeeder>().SeedAsync(DemoStage.Submission, teamCount: teams);
            var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
            var teamIds = await db.Teams.Where(t => t.EditionId == DemoSeeder.EditionId).OrderBy(t => t.Sequence).Select(t => t.Id).Take(30).ToListAsync();
            await InsertVotesAsync(db, teamIds, votes);
            var people = await db.TeamMembers.CountAsync(m => m.EditionId == DemoSeeder.EditionId);
            var teamCount = await db.Teams.CountAsync(t => t.EditionId == DemoSeeder.EditionId);
            var voteCount = await db.Votes.CountAsync();
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"Seeded {teamCount} teams, {people} contestants, {voteCount} votes in {watch.Elapsed.TotalSeconds:0.0} s"));
        }

        return new LoadedEdition(provider);
    }

    /// <summary>Votes for the TOP 30 over seven days, one in fifty held for review, written in one transaction.</summary>
    private static async Task InsertVotesAsync(AppDbContext db, List<int> teamIds, int count)
    {
        var connection = db.Database.GetDbConnection();
        await connection.OpenAsync();
        await using var transaction = await connection.BeginTransactionAsync();
        await using var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = "INSERT INTO Votes (EditionId, TeamId, VoterKey, Day, Source, Network, UserAgent, CastAtUtc, Minute, QuarantineId) " +
            "VALUES ('demo', $team, $voter, 0, 'Web', $network, 'bench', $cast, $minute, NULL)";
        var team = Parameter(command, "$team");
        var voter = Parameter(command, "$voter");
        var network = Parameter(command, "$network");
        var cast = Parameter(command, "$cast");
        var minute = Parameter(command, "$minute");
        var start = new DateTime(2026, 12, 1, 1, 0, 0, DateTimeKind.Utc);
        var random = new Random(20);
        for (var i = 0; i < count; i++)
        {
            var at = start.AddMinutes(random.Next(7 * 24 * 60));
            team.Value = teamIds[i % teamIds.Count];
            voter.Value = i.ToString("x16", CultureInfo.InvariantCulture);
            network.Value = $"10.{i % 250}.{i / 250 % 250}.0/24";
            cast.Value = at.ToString("yyyy-MM-dd HH:mm:ss", CultureInfo.InvariantCulture);
            minute.Value = (int)(at - DateTime.UnixEpoch).TotalMinutes;
            await command.ExecuteNonQueryAsync();
        }

        await transaction.CommitAsync();
        // One vote in fifty held for review, as a reviewer's quarantine leaves them.
        var quarantine = new DataForLife.Web.Domain.Voting.VoteQuarantine
        {
            EditionId = DemoSeeder.EditionId, Reason = "bench", CreatedBy = "bench", CreatedAtUtc = start.AddDays(7), Votes = count / 50,
        };
        db.VoteQuarantines.Add(quarantine);
        await db.SaveChangesAsync();
        await db.Votes.Where(v => v.Id % 50 == 0).ExecuteUpdateAsync(s => s.SetProperty(v => v.QuarantineId, quarantine.Id));
    }

    private static System.Data.Common.DbParameter Parameter(System.Data.Common.DbCommand command, string name)
    {
        var parameter = command.CreateParameter();
        parameter.ParameterName = name;
        command.Parameters.Add(parameter);
        return parameter;
    }

    public ValueTask DisposeAsync() => Services.DisposeAsync();
}
