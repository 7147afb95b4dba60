namespace DataForLife.Web.Domain.Voting;

/// <summary>
/// An organiser's decision to stop counting a set of votes, with the reason and the filter that chose them. Released
/// (with a reason) it counts them again; either way nothing is deleted.
/// </summary>
public sealed class VoteQuarantine
{
    public long Id { get; set; }
    public string EditionId { get; set; } = string.Empty;
    public string Reason { get; set; } = string.Empty;

    /// <summary>The filter as organisers chose it (JSON), to show what was taken out.</summary>
    public string FilterJson { get; set; } = "{}";

    public int Votes { get; set; }
    public string CreatedBy { get; set; } = string.Empty;
    public DateTime CreatedAtUtc { get; set; }
    public DateTime? ReleasedAtUtc { get; set; }
    public string? ReleasedBy { get; set; }
    public string? ReleaseReason { get; set; }
}
