using DataForLife.Web.Data;
using DataForLife.Web.Domain;
using Microsoft.EntityFrameworkCore;

namespace DataForLife.Web.Infrastructure.Throttling;

/// <summary>
/// Counters in fixed windows, kept in the database (<see cref="ThrottleCounter"/>) so that a limit holds across
/// instances: each count is one atomic upsert, so two instances counting at once never lose one.
/// </summary>
public sealed class Throttle(AppDbContext db, TimeProvider clock)
{
    /// <summary>Windows older than this are deleted now and then.</summary>
    private static readonly TimeSpan Kept = TimeSpan.FromDays(2);

    /// <summary>How many times <paramref name="key"/> was counted in the current window.</summary>
    public async Task<int> CountAsync(string key, TimeSpan window, CancellationToken cancellationToken)
    {
        var start = WindowStart(window);
        return await db.Set<ThrottleCounter>().AsNoTracking().Where(c => c.Key == key && c.WindowStart == start)
            .Select(c => c.Count).FirstOrDefaultAsync(cancellationToken);
    }

    /// <summary>Counts one more for <paramref name="key"/> in the current window and returns the new count.</summary>
    public async Task<int> AddAsync(string key, TimeSpan window, CancellationToken cancellationToken)
    {
        var start = WindowStart(window);
        var counts = await db.Database.SqlQuery<int>($"""
            INSERT INTO "ThrottleCounters" ("Key", "WindowStart", "Count") VALUES ({key}, {start}, 1)
            ON CONFLICT ("Key", "WindowStart") DO UPDATE SET "Count" = "ThrottleCounters"."Count" + 1
            RETURNING "Count" AS "Value"
            """).ToListAsync(cancellationToken);
        // Old windows are swept now and then (one count in 500), by whichever request happens to count.
        if (Random.Shared.Next(500) == 0)
        {
            var old = clock.GetUtcNow().ToUnixTimeSeconds() - (long)Kept.TotalSeconds;
            await db.Set<ThrottleCounter>().Where(c => c.WindowStart < old).ExecuteDeleteAsync(cancellationToken);
        }

        return counts[0];
    }

    /// <summary>Counts one more unless the window already holds <paramref name="limit"/>; whether it was taken.</summary>
    public async Task<bool> TryTakeAsync(string key, int limit, TimeSpan window, CancellationToken cancellationToken) =>
        await AddAsync(key, window, cancellationToken) <= limit;

    /// <summary>Time left until the current window of <paramref name="window"/> ends.</summary>
    public TimeSpan UntilNextWindow(TimeSpan window)
    {
        var seconds = (long)window.TotalSeconds;
        var now = clock.GetUtcNow().ToUnixTimeSeconds();
        return TimeSpan.FromSeconds(seconds - (now % seconds));
    }

    private long WindowStart(TimeSpan window)
    {
        var seconds = (long)window.TotalSeconds;
        var now = clock.GetUtcNow().ToUnixTimeSeconds();
        return now - (now % seconds);
    }
}
