using DataForLife.Web.Data;
using DataForLife.Web.Features.Accounts;
using DataForLife.Web.Features.Editions;
using Microsoft.EntityFrameworkCore;

namespace DataForLife.Web.Infrastructure;

/// <summary>Brings the database up to date and seeds the editions kept in the repository. Safe to run again.</summary>
public sealed class DatabaseInitializer(AppDbContext db, DatabaseSettings settings, EditionSeeder editions, RoleSeeder roles, NameKeyRefresh nameKeys,
    ILogger<DatabaseInitializer> logger)
{
    public async Task InitializeAsync(CancellationToken cancellationToken = default)
    {
        // Instances started together would seed the same rows at once: on PostgreSQL they take turns, and each finds
        // what the one before it seeded.
        await using var turn = settings.Provider == DatabaseProvider.Postgres
            ? await new Medallion.Threading.Postgres.PostgresDistributedLock(
                new Medallion.Threading.Postgres.PostgresAdvisoryLockKey("dfl-initialize", allowHashing: true), db.Database.GetConnectionString()!)
                .AcquireAsync(TimeSpan.FromMinutes(5), cancellationToken)
            : null;
        if (settings.MigrateOnStart)
        {
            await MigrateAsync(cancellationToken);
        }
        else
        {
            var pending = (await db.Database.GetPendingMigrationsAsync(cancellationToken)).ToList();
            if (pending.Count > 0)
            {
                throw new InvalidOperationException(
                    $"The database lacks {pending.Count} migration(s) ({pending[^1]}): run 'dfl db migrate' first.");
            }
        }

        await roles.SeedAsync();
        await editions.SeedAsync(cancellationToken);
        await Features.Catalogue.CatalogueSeeder.RunAsync(db, cancellationToken);
        await nameKeys.RunAsync(cancellationToken);
    }

    public async Task MigrateAsync(CancellationToken cancellationToken = default)
    {
        await db.Database.MigrateAsync(cancellationToken);
        if (settings.Provider == DatabaseProvider.Sqlite)
        {
            // WAL lets readers go on while one writer commits; the mode is stored in the file.
            await db.Database.ExecuteSqlRawAsync("PRAGMA journal_mode=WAL;", cancellationToken);
        }

        logger.LogInformation("Database {Provider} is up to date", settings.Provider);
    }
}
