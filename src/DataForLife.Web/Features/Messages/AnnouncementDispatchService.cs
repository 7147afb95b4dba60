using DataForLife.Web.Infrastructure.Operations;

namespace DataForLife.Web.Features.Messages;

/// <summary>
/// Sends scheduled announcements when their time comes: every minute (<c>Messages:Interval</c>), on one instance at a
/// time (<see cref="JobLock"/>); the dispatcher's claim keeps each announcement single even if two sweeps overlapped.
/// </summary>
public sealed class AnnouncementDispatchService(IServiceScopeFactory scopes, JobLock jobs, IConfiguration configuration, ILogger<AnnouncementDispatchService> logger)
    : ScheduledSweep(scopes, jobs, logger)
{
    public const string JobName = "scheduled-announcements";

    protected override string Name => JobName;

    protected override TimeSpan Interval => configuration.GetValue("Messages:Interval", TimeSpan.FromMinutes(1));

    protected override Task<int> SweepAsync(IServiceProvider services, CancellationToken cancellationToken) =>
        services.GetRequiredService<AnnouncementDispatcher>().DispatchDueAsync(cancellationToken);

    protected override void Report(int done) => logger.LogInformation("Sent {Count} scheduled announcements", done);
}
