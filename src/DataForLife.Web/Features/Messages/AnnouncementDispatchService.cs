using DataForLife.Web.Infrastructure.Operations;

namespace DataForLife.Web.Features.Messages;

/// <summary>
/// Sends scheduled announcements when their time comes: every minute (<c>Messages:Interval</c>), on one instance at a
/// time (<see cref="JobLock"/>); the dispatcher's claim keeps each announcement single even if two sweeps overlapped.
/// </summary>
public sealed class AnnouncementDispatchService(IServiceScopeFactory scopes, JobLock jobs, IConfiguration configuration, ILogger<AnnouncementDispatchService> logger) : BackgroundService
{
    public const string JobName = "scheduled-announcements";

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(configuration.GetValue("Messages:Interval", TimeSpan.FromMinutes(1)));
        do
        {
            try
            {
                await jobs.TryRunAsync(JobName, async ct =>
                {
                    await using var scope = scopes.CreateAsyncScope();
                    var sent = await scope.ServiceProvider.GetRequiredService<AnnouncementDispatcher>().DispatchDueAsync(ct);
                    if (sent > 0)
                    {
                        logger.LogInformation("Sent {Count} scheduled announcements", sent);
                    }
                }, stoppingToken);
            }
            catch (Exception ex) when (!stoppingToken.IsCancellationRequested)
            {
                // The host stays up whatever failed; the sweep runs again at the next turn.
                logger.LogWarning(ex, "The scheduled announcements sweep failed; it runs again at the next turn");
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
