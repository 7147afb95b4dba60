using Medallion.Threading.Postgres;

namespace DataForLife.Web.Infrastructure.Operations;

/// <summary>
/// Runs a scheduled job on one instance at a time. On PostgreSQL the job holds a session advisory lock for as long as
/// it runs: another instance that finds the lock taken skips its turn, and when the holder dies its connection closes
/// and PostgreSQL frees the lock, so the next turn anywhere runs the job again. SQLite serves one instance only, so
/// there the job simply runs. Jobs stay idempotent all the same (the outbox claims rows, reminders are keyed).
/// </summary>
public sealed class JobLock(DatabaseSettings settings, IConfiguration configuration, PlatformMetrics metrics, ILogger<JobLock> logger)
{
    private readonly string? _connectionString = settings.Provider == DatabaseProvider.Postgres ? DatabaseServices.PostgresConnectionString(configuration) : null;

    /// <summary>Runs <paramref name="job"/> unless another instance is running it; true when it ran here.</summary>
    public async Task<bool> TryRunAsync(string name, Func<CancellationToken, Task> job, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(job);
        using var activity = PlatformMetrics.Traces.StartActivity("job " + name);
        if (_connectionString is null)
        {
            await RunAsync(name, job, cancellationToken);
            return true;
        }

        var key = new PostgresAdvisoryLockKey("dfl-job:" + name, allowHashing: true);
        await using var handle = await new PostgresDistributedLock(key, _connectionString).TryAcquireAsync(TimeSpan.Zero, cancellationToken);
        if (handle is null)
        {
            metrics.JobRuns.Add(1, new("job", name), new("outcome", "skipped"));
            logger.LogDebug("Job {Job} is running on another instance; this turn is skipped", name);
            return false;
        }

        // Losing the lock's connection means another instance may take the job: this one stops at once.
        using var lost = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken, handle.HandleLostToken);
        await RunAsync(name, job, lost.Token);
        return true;
    }

    private async Task RunAsync(string name, Func<CancellationToken, Task> job, CancellationToken cancellationToken)
    {
        try
        {
            await job(cancellationToken);
            metrics.JobRuns.Add(1, new("job", name), new("outcome", "ran"));
        }
        catch
        {
            metrics.JobRuns.Add(1, new("job", name), new("outcome", "failed"));
            throw;
        }
    }
}
