namespace DataForLife.Web.Domain.Catalogue;

/// <summary>
/// Ranks teams by their best overall F1. A team's best is its highest F1, the earliest of equals; between teams,
/// equal F1 share a rank and the earlier best is listed first.
/// </summary>
public static class Leaderboard
{
    public static IReadOnlyList<LeaderboardRow> Rank(IEnumerable<PredictionSubmission> submissions)
    {
        var bests = submissions
            .GroupBy(s => s.TeamId)
            .Select(g => (Best: g.OrderByDescending(s => s.F1).ThenBy(s => s.SubmittedAtUtc).ThenBy(s => s.Id).First(), Count: g.Count()))
            .OrderByDescending(b => b.Best.F1).ThenBy(b => b.Best.SubmittedAtUtc).ThenBy(b => b.Best.Id)
            .ToList();
        var rows = new List<LeaderboardRow>(bests.Count);
        for (var i = 0; i < bests.Count; i++)
        {
            var rank = i > 0 && bests[i].Best.F1.Equals(bests[i - 1].Best.F1) ? rows[i - 1].Rank : i + 1;
            rows.Add(new LeaderboardRow(rank, bests[i].Best.TeamId, bests[i].Best, bests[i].Count));
        }

        return rows;
    }
}
