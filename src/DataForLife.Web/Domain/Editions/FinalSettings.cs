namespace DataForLife.Web.Domain.Editions;

/// <summary>
/// The 24-hour final as the finalists are told it: where it is, when to check in, what to bring, how long they have,
/// and how long a pitch on stage may run. The plan names none of the place or times; the organisers set them.
/// </summary>
public sealed record FinalSettings
{
    public LocalizedText Venue { get; init; } = LocalizedText.Empty;
    public LocalizedText Address { get; init; } = LocalizedText.Empty;

    /// <summary>When the finalists check in at the venue (the 24 hours start when the organisers say so, after it).</summary>
    public DateTimeOffset? CheckInAt { get; init; }

    public LocalizedText Bring { get; init; } = LocalizedText.Empty;

    /// <summary>The plan's "24 continuous hours".</summary>
    public int Hours { get; init; } = 24;

    /// <summary>The plan's pitch with a demo, "6 to 8 minutes".</summary>
    public int PitchMinMinutes { get; init; } = 6;

    public int PitchMaxMinutes { get; init; } = 8;

    public TimeSpan Duration => TimeSpan.FromHours(Hours);

    /// <summary>Whether the settings hold together: a day or more at most three, a pitch of 1 to 60 minutes whose least is below its most.</summary>
    public bool IsCoherent => Hours is >= 1 and <= 72 && PitchMinMinutes >= 1 && PitchMaxMinutes > PitchMinMinutes && PitchMaxMinutes <= 60;
}
