namespace DataForLife.Web.Domain.Editions;

/// <summary>
/// A judging round. <see cref="Quota"/> is how many entries it selects (TOP 30, TOP 10, then the ranked prize winners);
/// <see cref="PhaseCode"/> names the window of the timeline in which it is scored.
/// </summary>
public sealed record Round(
    string Code,
    LocalizedText Name,
    LocalizedText DecidedBy,
    LocalizedText Outcome,
    string PhaseCode,
    int Quota,
    bool TakesVoteBonus);
