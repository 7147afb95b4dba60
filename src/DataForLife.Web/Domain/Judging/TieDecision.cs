namespace DataForLife.Web.Domain.Judging;

/// <summary>The head of the jury's order for tied entries, with the reason, kept so the ranking can be recomputed.</summary>
public sealed class TieDecision
{
    public int Id { get; set; }
    public string EditionId { get; set; } = string.Empty;
    public string RoundCode { get; set; } = string.Empty;

    /// <summary>Team ids in the decided order, comma-separated.</summary>
    public string TeamIds { get; set; } = string.Empty;

    public string Reason { get; set; } = string.Empty;
    public string DecidedByUserId { get; set; } = string.Empty;
    public DateTime DecidedAtUtc { get; set; }

    public TieOrder ToOrder() => new([.. TeamIds.Split(',').Select(int.Parse)], Reason);
}
