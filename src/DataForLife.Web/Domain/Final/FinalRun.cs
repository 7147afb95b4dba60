namespace DataForLife.Web.Domain.Final;

/// <summary>The final's 24 hours of an edition, started once by an organiser; <see cref="EndsAtUtc"/> is the mark.</summary>
public sealed class FinalRun
{
    public string EditionId { get; private set; } = string.Empty;
    public DateTime StartedAtUtc { get; private set; }
    public DateTime EndsAtUtc { get; private set; }
    public string StartedByUserId { get; private set; } = string.Empty;

    public static FinalRun Start(string editionId, DateTime nowUtc, TimeSpan duration, string organiserId) =>
        new() { EditionId = editionId, StartedAtUtc = nowUtc, EndsAtUtc = nowUtc + duration, StartedByUserId = organiserId };
}
