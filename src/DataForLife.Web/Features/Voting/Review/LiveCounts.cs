using DataForLife.Web.Data;
using DataForLife.Web.Domain.Voting;
using Microsoft.EntityFrameworkCore;

namespace DataForLife.Web.Features.Voting.Review;

/// <summary>
/// The organisers' view of the vote while it runs: two grouped queries (per entry, source and counted or not; counted
/// per entry and hour), whatever the number of votes. The bonus preview uses the rule the results use.
/// </summary>
public sealed class LiveCounts(AppDbContext db, TimeProvider clock)
{
    public async Task<LiveCountsView> ForAsync(VotingState state, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var votes = db.Votes.AsNoTracking().Where(v => v.EditionId == state.EditionId);
        var split = await votes.GroupBy(v => new { v.TeamId, v.Source, Counted = v.QuarantineId == null })
            .Select(g => new { g.Key.TeamId, g.Key.Source, g.Key.Counted, Votes = g.Count() })
            .ToListAsync(cancellationToken);
        var hourly = await votes.Where(v => v.QuarantineId == null).GroupBy(v => new { v.TeamId, Hour = v.Minute / 60 })
            .Select(g => new { g.Key.TeamId, g.Key.Hour, Votes = g.Count() })
            .ToListAsync(cancellationToken);
        var ids = state.CodeByTeam.Keys.ToList();
        var names = await db.Teams.AsNoTracking().Where(t => ids.Contains(t.Id)).ToDictionaryAsync(t => t.Id, t => t.Name, cancellationToken);

        var (first, last) = Hours(state, now, hourly.Select(h => h.Hour).ToList());
        var length = last >= first ? last - first + 1 : 0;
        var series = hourly.Where(h => h.Hour >= first && h.Hour <= last).ToLookup(h => h.TeamId);
        int[] Series(int teamId)
        {
            var values = new int[length];
            foreach (var h in series[teamId])
            {
                values[h.Hour - first] += h.Votes;
            }

            return values;
        }

        int Sum(int teamId, bool counted, VoteSource? source = null) =>
            split.Where(s => s.TeamId == teamId && s.Counted == counted && (source is null || s.Source == source)).Sum(s => s.Votes);

        var counts = state.CodeByTeam.Select(c => (TeamId: c.Key, Code: c.Value, Counted: Sum(c.Key, counted: true))).ToList();
        var most = counts.Count == 0 ? 0 : counts.Max(c => c.Counted);
        var points = state.Settings.BonusPoints;
        var entries = counts
            .Select(c => new EntryCount(c.TeamId, c.Code, names.GetValueOrDefault(c.TeamId, string.Empty), c.Counted, Sum(c.TeamId, counted: false),
                Sum(c.TeamId, counted: true, VoteSource.Web), Sum(c.TeamId, counted: true, VoteSource.Partner), VoteBonusFormula.Bonus(points, c.Counted, most), Series(c.TeamId)))
            .OrderByDescending(e => e.Counted).ThenBy(e => e.Code, StringComparer.Ordinal)
            .ToList();
        var total = new int[length];
        foreach (var entry in entries)
        {
            for (var i = 0; i < length; i++)
            {
                total[i] += entry.Hourly[i];
            }
        }

        return new LiveCountsView(state, entries, first, total, now);
    }

    /// <summary>From the window's first hour to now (or its end), widened to any hour that holds votes.</summary>
    private static (int First, int Last) Hours(VotingState state, DateTime now, List<int> withVotes)
    {
        int? first = null, last = null;
        if (state.Window is { } window && now >= window.StartsAt.UtcDateTime)
        {
            var end = now < window.EndsAt.UtcDateTime ? now : window.EndsAt.UtcDateTime.AddMinutes(-1);
            (first, last) = (VoteKeys.Minute(window.StartsAt.UtcDateTime) / 60, VoteKeys.Minute(end) / 60);
        }

        if (withVotes.Count > 0)
        {
            (first, last) = (Math.Min(first ?? int.MaxValue, withVotes.Min()), Math.Max(last ?? int.MinValue, withVotes.Max()));
        }

        return (first ?? 0, last ?? -1);
    }
}
