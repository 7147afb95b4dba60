namespace DataForLife.Web.Features.Submissions;

/// <summary>Runs <see cref="DossierReminders"/> every ten minutes.</summary>
public sealed class DossierReminderService(IServiceScopeFactory scopes, ILogger<DossierReminderService> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(TimeSpan.FromMinutes(10));
        do
        {
            try
            {
                await using var scope = scopes.CreateAsyncScope();
                var sent = await scope.ServiceProvider.GetRequiredService<DossierReminders>().SweepAsync(stoppingToken);
                if (sent > 0)
                {
                    logger.LogInformation("Reminded {Teams} teams of the submission deadline", sent);
                }
            }
            catch (Exception ex) when (!stoppingToken.IsCancellationRequested)
            {
                // Any failure but shutdown, a timeout's cancellation included: the host stays up (an escaping
                // exception would stop it, and with it every request being served).
                logger.LogWarning(ex, "The deadline reminder sweep failed; it runs again in ten minutes");
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
