namespace DataForLife.Web.Domain.Judging;

/// <summary>
/// Gives each entry <c>k</c> reviewers, always the least loaded judges free of a conflict with it, so that no judge
/// ends up more than one entry above the average. Assignments already made (by hand or earlier) are kept and counted.
/// </summary>
public static class AssignmentPlanner
{
    public static IReadOnlyList<(int EntryId, string JudgeId)> Plan(IReadOnlyList<int> entries, IReadOnlyList<string> judges, int k,
        IReadOnlySet<(string JudgeId, int EntryId)> conflicts, IReadOnlyCollection<(int EntryId, string JudgeId)> existing)
    {
        var load = judges.ToDictionary(j => j, j => existing.Count(e => e.JudgeId == j), StringComparer.Ordinal);
        var taken = existing.ToHashSet();
        var added = new List<(int, string)>();
        foreach (var entry in entries.Order())
        {
            var have = taken.Count(t => t.EntryId == entry);
            var candidates = judges
                .Where(j => !conflicts.Contains((j, entry)) && !taken.Contains((entry, j)))
                .OrderBy(j => load[j]).ThenBy(j => j, StringComparer.Ordinal)
                .Take(Math.Max(0, k - have));
            foreach (var judge in candidates.ToList())
            {
                taken.Add((entry, judge));
                added.Add((entry, judge));
                load[judge]++;
            }
        }

        return added;
    }
}
