using DataForLife.Web.Infrastructure.Operations;

namespace DataForLife.Web.Features.Submissions;

/// <summary>
/// Runs <see cref="DossierReminders"/> every ten minutes (<c>Reminders:Interval</c>), on one instance at a time
/// (<see cref="JobLock"/>); the reminders' unique keys keep each one single even if two sweeps ever overlapped.
/// </summary>
public sealed class DossierReminderService(IServiceScopeFactory scopes, JobLock jobs, IConfiguration configuration, ILogger<DossierReminderService> logger) : BackgroundService
{
    public const string JobName = "deadline-reminders";

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(configuration.GetValue("Reminders:Interval", TimeSpan.FromMinutes(10)));
        do
        {
            try
            {
                await jobs.TryRunAsync(JobName, async ct =>
                {
                    await using var scope = scopes.CreateAsyncScope();
                    var sent = await scope.ServiceProvider.GetRequiredService<DossierReminders>().SweepAsync(ct);
                    if (sent > 0)
                    {
                        logger.LogInformation("Reminded {Teams} teams of the submission deadline", sent);
                    }
                }, stoppingToken);
            }
            catch (Exception ex) when (!stoppingToken.IsCancellationRequested)
            {
                // Any failure but shutdown, a timeout's cancellation included: the host stays up (an escaping
                // exception would stop it, and with it every request being served).
                logger.LogWarning(ex, "The deadline reminder sweep failed; it runs again at the next turn");
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
