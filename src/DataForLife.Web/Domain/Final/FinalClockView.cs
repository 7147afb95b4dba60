namespace DataForLife.Web.Domain.Final;

/// <summary>Where the final's 24 hours stand at one moment, for the venue's screens, the home page and the API.</summary>
public sealed record FinalClockView(FinalClockState State, DateTimeOffset? StartedAt, DateTimeOffset? EndsAt, DateTimeOffset Now)
{
    public static FinalClockView At(FinalRun? run, DateTimeOffset now) => run is null
        ? new FinalClockView(FinalClockState.NotStarted, null, null, now)
        : new FinalClockView(now < Utc(run.EndsAtUtc) ? FinalClockState.Running : FinalClockState.Over, Utc(run.StartedAtUtc), Utc(run.EndsAtUtc), now);

    public TimeSpan Left => EndsAt is { } end && end > Now ? end - Now : TimeSpan.Zero;

    private static DateTimeOffset Utc(DateTime value) => new(DateTime.SpecifyKind(value, DateTimeKind.Utc));
}
