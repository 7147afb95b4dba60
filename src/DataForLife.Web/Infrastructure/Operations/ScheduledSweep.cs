namespace DataForLife.Web.Infrastructure.Operations;

/// <summary>
/// A sweep run at every turn of <see cref="Interval"/>, on one instance at a time (<see cref="JobLock"/>), each turn in
/// its own scope. Whatever a sweep throws, short of shutdown, is logged and the host stays up (an escaping exception
/// would stop it, and with it every request being served); the next turn runs the sweep again.
/// </summary>
public abstract class ScheduledSweep(IServiceScopeFactory scopes, JobLock jobs, ILogger logger) : BackgroundService
{
    /// <summary>The job's name for <see cref="JobLock"/> and the metrics.</summary>
    protected abstract string Name { get; }

    protected abstract TimeSpan Interval { get; }

    /// <summary>Does the work due now; how many things it did.</summary>
    protected abstract Task<int> SweepAsync(IServiceProvider services, CancellationToken cancellationToken);

    /// <summary>Logs what a turn that did something did.</summary>
    protected abstract void Report(int done);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(Interval);
        do
        {
            try
            {
                await jobs.TryRunAsync(Name, async ct =>
                {
                    await using var scope = scopes.CreateAsyncScope();
                    var done = await SweepAsync(scope.ServiceProvider, ct);
                    if (done > 0)
                    {
                        Report(done);
                    }
                }, stoppingToken);
            }
            catch (Exception ex) when (!stoppingToken.IsCancellationRequested)
            {
                logger.LogWarning(ex, "The {Job} sweep failed; it runs again at the next turn", Name);
            }
            catch (OperationCanceledException)
            {
                return;
            }
        }
        while (await NextTickAsync(timer, stoppingToken));
    }

    private static async Task<bool> NextTickAsync(PeriodicTimer timer, CancellationToken stoppingToken)
    {
        try
        {
            return await timer.WaitForNextTickAsync(stoppingToken);
        }
        catch (OperationCanceledException)
        {
            return false;
        }
    }
}
