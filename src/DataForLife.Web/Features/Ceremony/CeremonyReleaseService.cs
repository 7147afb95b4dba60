namespace DataForLife.Web.Features.Ceremony;

/// <summary>Looks every minute for a final whose ceremony time has come, and sends its letters (<see cref="CeremonyRelease"/>).</summary>
public sealed class CeremonyReleaseService(IServiceScopeFactory scopes, ILogger<CeremonyReleaseService> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(TimeSpan.FromMinutes(1));
        do
        {
            try
            {
                await using var scope = scopes.CreateAsyncScope();
                if (await scope.ServiceProvider.GetRequiredService<CeremonyRelease>().ReleaseDueAsync(stoppingToken) > 0)
                {
                    logger.LogInformation("The final's results went public; the letters are queued");
                }
            }
            catch (Exception ex) when (!stoppingToken.IsCancellationRequested)
            {
                // The host stays up whatever failed; the sweep runs again in a minute.
                logger.LogWarning(ex, "The ceremony sweep failed; it runs again in a minute");
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
