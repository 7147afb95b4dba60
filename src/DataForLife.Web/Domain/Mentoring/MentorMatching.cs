namespace DataForLife.Web.Domain.Mentoring;

/// <summary>
/// Proposes one mentor per finalist team. A mentor is never proposed to a team when they work where one of its members
/// does, nor when they judge it (the caller names those pairs), nor beyond their capacity. Among the rest the best
/// fit wins: a shared category counts <see cref="CategoryWeight"/>, a shared topic counts once per data set of the team
/// that carries it. Pairs are taken best first; on equal fit the mentor with fewer teams so far, then the roster order,
/// so the same inputs always give the same proposal. Mentors already confirmed for a team are kept and fill their capacity.
/// </summary>
public static class MentorMatching
{
    public const int CategoryWeight = 3;

    public static IReadOnlyList<MentorProposal> Propose(IReadOnlyList<FinalistProfile> teams, IReadOnlyList<MentorCandidate> mentors,
        IReadOnlySet<(int StaffId, int TeamId)> judges, IReadOnlyDictionary<int, int>? confirmed = null)
    {
        confirmed ??= new Dictionary<int, int>();
        var load = mentors.ToDictionary(m => m.StaffId, m => confirmed.Values.Count(staff => staff == m.StaffId));
        var chosen = new Dictionary<int, MentorProposal>();
        foreach (var team in teams.Where(t => confirmed.ContainsKey(t.TeamId)))
        {
            var mentor = mentors.FirstOrDefault(m => m.StaffId == confirmed[team.TeamId]);
            var (score, tags) = mentor is null ? (0, []) : Fit(team, mentor);
            chosen[team.TeamId] = new MentorProposal(team.TeamId, confirmed[team.TeamId], score, tags);
        }

        var pairs = teams.Where(t => !chosen.ContainsKey(t.TeamId))
            .SelectMany(t => mentors.Where(m => IsAllowed(t, m, judges) && load[m.StaffId] < m.Capacity).Select(m => (Team: t, Mentor: m, Fit: Fit(t, m))))
            .OrderByDescending(p => p.Fit.Score).ThenBy(p => p.Team.TeamId).ThenBy(p => p.Mentor.StaffId)
            .ToList();
        while (pairs.Count > 0)
        {
            // Best fit first; among equals the least loaded mentor, so that capacity left is spread.
            var best = pairs.Where(p => p.Fit.Score == pairs[0].Fit.Score)
                .OrderBy(p => load[p.Mentor.StaffId]).ThenBy(p => p.Team.TeamId).ThenBy(p => p.Mentor.StaffId).First();
            chosen[best.Team.TeamId] = new MentorProposal(best.Team.TeamId, best.Mentor.StaffId, best.Fit.Score, best.Fit.Tags);
            load[best.Mentor.StaffId]++;
            pairs.RemoveAll(p => p.Team.TeamId == best.Team.TeamId || load[p.Mentor.StaffId] >= p.Mentor.Capacity);
        }

        return [.. teams.Select(t => chosen.TryGetValue(t.TeamId, out var proposal) ? proposal : new MentorProposal(t.TeamId, null, 0, []))];
    }

    /// <summary>Whether the mentor may mentor the team at all (capacity aside): not from a member's organisation, not one of its judges.</summary>
    public static bool IsAllowed(FinalistProfile team, MentorCandidate mentor, IReadOnlySet<(int StaffId, int TeamId)> judges) =>
        Conflict(team, mentor, judges) is null && mentor.Capacity > 0;

    /// <summary>Why the mentor may not mentor the team, or null.</summary>
    public static MentorConflict? Conflict(FinalistProfile team, MentorCandidate mentor, IReadOnlySet<(int StaffId, int TeamId)> judges) =>
        mentor.OrganisationKey.Length > 0 && team.MemberOrganisationKeys.Contains(mentor.OrganisationKey) ? MentorConflict.SameOrganisation
        : judges.Contains((mentor.StaffId, team.TeamId)) ? MentorConflict.JudgesTeam
        : null;

    /// <summary>How well a mentor fits a team, and the tags they share (categories first, then topics, each once).</summary>
    public static (int Score, IReadOnlyList<string> Tags) Fit(FinalistProfile team, MentorCandidate mentor)
    {
        var categories = team.Categories.Where(mentor.Tags.Contains).Order(StringComparer.Ordinal).ToList();
        var topics = team.DataSetTopics.Where(mentor.Tags.Contains).ToList();
        return (categories.Count * CategoryWeight + topics.Count,
            [.. categories, .. topics.Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal)]);
    }
}
