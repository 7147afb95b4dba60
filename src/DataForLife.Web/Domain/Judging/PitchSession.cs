namespace DataForLife.Web.Domain.Judging;

/// <summary>A round 2 pitch session: a venue (Hà Nội, Ho Chi Minh City or online), a start and equal slots.</summary>
public sealed class PitchSession
{
    public int Id { get; set; }
    public string EditionId { get; set; } = string.Empty;
    public PitchVenue Venue { get; set; }
    public DateTime StartsAtUtc { get; set; }
    public int SlotMinutes { get; set; }
    public int Slots { get; set; }
    public string? MeetingLink { get; set; }

    /// <summary>Judges attached to the session, comma-separated user ids.</summary>
    public string JudgeIds { get; set; } = string.Empty;

    public IReadOnlyList<string> JudgeIdList => JudgeIds.Split(',', StringSplitOptions.RemoveEmptyEntries);

    public DateTime SlotStartUtc(int position) => StartsAtUtc.AddMinutes(SlotMinutes * position);
}
