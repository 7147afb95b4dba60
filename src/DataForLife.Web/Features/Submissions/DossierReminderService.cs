using DataForLife.Web.Infrastructure.Operations;

namespace DataForLife.Web.Features.Submissions;

/// <summary>
/// Runs <see cref="DossierReminders"/> every ten minutes (<c>Reminders:Interval</c>), on one instance at a time
/// (<see cref="JobLock"/>); the reminders' unique keys keep each one single even if two sweeps ever overlapped.
/// </summary>
public sealed class DossierReminderService(IServiceScopeFactory scopes, JobLock jobs, IConfiguration configuration, ILogger<DossierReminderService> logger)
    : ScheduledSweep(scopes, jobs, logger)
{
    public const string JobName = "deadline-reminders";

    protected override string Name => JobName;

    protected override TimeSpan Interval => configuration.GetValue("Reminders:Interval", TimeSpan.FromMinutes(10));

    protected override Task<int> SweepAsync(IServiceProvider services, CancellationToken cancellationToken) =>
        services.GetRequiredService<DossierReminders>().SweepAsync(cancellationToken);

    protected override void Report(int done) => logger.LogInformation("Reminded {Teams} teams of the submission deadline", done);
}
