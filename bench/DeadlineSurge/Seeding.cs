using DataForLife.Web.Data;
using DataForLife.Web.Features.Demo;
using DataForLife.Web.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace DataForLife.Bench.DeadlineSurge;

/// <summary>Creates the teams with the platform's own demo seeding, the submission window open now.</summary>
public static class Seeding
{
    public sealed record Leader(int TeamId, string Email);

    /// <param name="settings">The platform's configuration (the data folder; the database when PostgreSQL).</param>
    public static async Task<IReadOnlyList<Leader>> SeedAsync(IReadOnlyDictionary<string, string?> settings, int teams)
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(settings).AddInMemoryCollection(new Dictionary<string, string?> { ["Database:MigrateOnStart"] = "true" }).Build();
        var services = new ServiceCollection().AddSingleton<IConfiguration>(configuration).AddLogging(b => b.SetMinimumLevel(LogLevel.Warning));
        services.AddPlatformCore(configuration);
        await using var provider = services.BuildServiceProvider();
        await using var scope = provider.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<DatabaseInitializer>().InitializeAsync();
        await scope.ServiceProvider.GetRequiredService<DemoSeeder>().SeedAsync(DemoStage.Registration, teamCount: teams);
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        return await db.TeamMembers.Where(m => m.EditionId == DemoSeeder.EditionId && m.IsLeader)
            .Join(db.Users, m => m.UserId, u => u.Id, (m, u) => new Leader(m.TeamId, u.Email!))
            .ToListAsync();
    }
}
