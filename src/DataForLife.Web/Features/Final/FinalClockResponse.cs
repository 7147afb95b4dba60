namespace DataForLife.Web.Features.Final;

/// <summary>The final's clock for screens and programs: its state, start, mark and the server's own time.</summary>
public sealed record FinalClockResponse(string Edition, string State, DateTimeOffset? StartedAt, DateTimeOffset? EndsAt, DateTimeOffset ServerNow, long SecondsLeft);
