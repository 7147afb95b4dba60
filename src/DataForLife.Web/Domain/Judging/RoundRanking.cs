namespace DataForLife.Web.Domain.Judging;

public sealed record RoundRanking(
    IReadOnlyList<EntryStanding> Standings,
    IReadOnlyList<IReadOnlyList<int>> UnresolvedTies,
    IReadOnlyList<JudgeStatistics> Judges,
    IReadOnlyDictionary<string, double> PanelMeans)
{
    public bool HasUnresolvedTies => UnresolvedTies.Count > 0;
}
