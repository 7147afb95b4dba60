namespace DataForLife.Web.Domain.Judging;

/// <summary>
/// An organiser's decision on a conflict found only after the judge had scored the team (a member or the judge changed
/// organisation): upheld, the judge's sheets for the team stop counting; dismissed, they keep counting. Until it is
/// decided, nothing is discarded.
/// </summary>
public sealed class ConflictDecision
{
    public int Id { get; set; }
    public string EditionId { get; set; } = string.Empty;
    public string JudgeUserId { get; set; } = string.Empty;
    public int TeamId { get; set; }
    public bool Upheld { get; set; }

    /// <summary>The detected reason the decision was about, as shown then.</summary>
    public string Finding { get; set; } = string.Empty;

    public string Reason { get; set; } = string.Empty;
    public string DecidedByUserId { get; set; } = string.Empty;
    public DateTime DecidedAtUtc { get; set; }
}
