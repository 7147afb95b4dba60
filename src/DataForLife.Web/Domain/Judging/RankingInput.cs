using DataForLife.Web.Domain.Editions;

namespace DataForLife.Web.Domain.Judging;

/// <summary>Everything a round's ranking is computed from; the same input always gives the same ranking.</summary>
/// <param name="Entries">The entries of the round (TOP 30 in round 2, and so on).</param>
/// <param name="Conflicts">Judge and entry pairs that never count, whatever was scored.</param>
/// <param name="Panels">Each judge's panel (jury group, or venue), for group weights and per-panel means.</param>
/// <param name="Bonus">Vote bonus by entry when the round takes it; null when there are no votes yet.</param>
/// <param name="Boundaries">Positions after which a line is drawn (the quota; in the final, each prize's last place).</param>
public sealed record RankingInput(
    IReadOnlyList<Criterion> Criteria,
    IReadOnlyList<SheetScores> Sheets,
    IReadOnlyList<int> Entries,
    IReadOnlySet<(string JudgeId, int EntryId)> Conflicts,
    Calibration Calibration,
    int Quota,
    IReadOnlyList<int> Boundaries,
    IReadOnlyList<TieBreak> TieBreaks)
{
    public IReadOnlyDictionary<string, string> Panels { get; init; } = new Dictionary<string, string>();

    public IReadOnlyDictionary<string, double> PanelWeights { get; init; } = new Dictionary<string, double>();

    public IReadOnlyDictionary<int, double>? Bonus { get; init; }

    public IReadOnlyList<TieOrder> Decisions { get; init; } = [];
}
