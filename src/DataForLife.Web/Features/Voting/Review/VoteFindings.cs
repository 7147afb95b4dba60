using DataForLife.Web.Data;
using DataForLife.Web.Domain.Voting;
using Microsoft.EntityFrameworkCore;

namespace DataForLife.Web.Features.Voting.Review;

/// <summary>
/// The patterns organisers review, over counted votes only (a quarantined set drops out of the findings). Everything
/// is grouped by the database through the <see cref="Vote.Minute"/> column, in SQLite and PostgreSQL alike; what comes
/// back is counts, never the votes themselves. Thresholds: <see cref="ReviewThresholds"/>.
/// </summary>
public sealed class VoteFindings(AppDbContext db)
{
    /// <summary>The largest networks or user agents looked at for their reach; more would only be honest crowds.</summary>
    private const int CrowdCandidates = 500;

    /// <summary>Minutes in which one entry received far more votes than it usually does in a minute.</summary>
    public async Task<IReadOnlyList<BurstFinding>> BurstsAsync(string editionId, CancellationToken cancellationToken)
    {
        var counted = Counted(editionId);
        // How many active minutes each entry had with each number of votes: small, and enough for the exact median.
        var histogram = await counted.GroupBy(v => new { v.TeamId, v.Minute }).Select(g => new { g.Key.TeamId, Votes = g.Count() })
            .GroupBy(m => new { m.TeamId, m.Votes }).Select(g => new { g.Key.TeamId, g.Key.Votes, Minutes = g.Count() })
            .ToListAsync(cancellationToken);
        var runs = new List<BurstFinding>();
        foreach (var entry in histogram.GroupBy(h => h.TeamId))
        {
            var median = ReviewThresholds.Median(entry.Select(h => (h.Votes, h.Minutes)));
            var threshold = ReviewThresholds.BurstThreshold(median);
            if (entry.All(h => h.Votes < threshold))
            {
                continue;
            }

            var team = entry.Key;
            var minutes = await counted.Where(v => v.TeamId == team).GroupBy(v => v.Minute).Where(g => g.Count() >= threshold)
                .Select(g => new { Minute = g.Key, Votes = g.Count() }).ToListAsync(cancellationToken);
            var active = entry.Sum(h => h.Minutes);
            runs.AddRange(ReviewThresholds.Runs(minutes.Select(m => (m.Minute, m.Votes)))
                .Select(r => new BurstFinding(team, r.From, r.To, r.Votes, r.Peak, median, active, threshold, 0)));
        }

        var findings = new List<BurstFinding>();
        foreach (var run in runs.OrderByDescending(r => r.Votes).ThenBy(r => r.FromMinute).Take(ReviewThresholds.MaxFindings))
        {
            var networks = await run.Filter.Apply(counted).Select(v => v.Network).Distinct().CountAsync(cancellationToken);
            findings.Add(run with { Networks = networks });
        }

        return findings;
    }

    /// <summary>Networks (/24, /48) from which many distinct readers voted on our page, most of them for one entry.</summary>
    public Task<IReadOnlyList<CrowdFinding>> NetworksAsync(string editionId, CancellationToken cancellationToken) =>
        CrowdsAsync(editionId, nameof(Vote.Network), cancellationToken);

    /// <summary>User agents shared by many distinct readers voting on our page, most of them for one entry.</summary>
    public Task<IReadOnlyList<CrowdFinding>> UserAgentsAsync(string editionId, CancellationToken cancellationToken) =>
        CrowdsAsync(editionId, nameof(Vote.UserAgent), cancellationToken);

    /// <summary>Minutes in which a partner key sent far more votes than it does in an average minute.</summary>
    public async Task<IReadOnlyList<PartnerPeakFinding>> PartnerPeaksAsync(string editionId, CancellationToken cancellationToken)
    {
        var partner = Counted(editionId).Where(v => v.PartnerKeyId != null);
        var keys = await partner.GroupBy(v => v.PartnerKeyId!.Value)
            .Select(g => new { Id = g.Key, Votes = g.Count(), Minutes = g.Select(v => v.Minute).Distinct().Count() })
            .ToListAsync(cancellationToken);
        var runs = new List<PartnerPeakFinding>();
        foreach (var key in keys)
        {
            var mean = (double)key.Votes / key.Minutes;
            var threshold = ReviewThresholds.PartnerThreshold(mean);
            var id = key.Id;
            var minutes = await partner.Where(v => v.PartnerKeyId == id).GroupBy(v => v.Minute).Where(g => g.Count() >= threshold)
                .Select(g => new { Minute = g.Key, Votes = g.Count() }).ToListAsync(cancellationToken);
            runs.AddRange(ReviewThresholds.Runs(minutes.Select(m => (m.Minute, m.Votes)))
                .Select(r => new PartnerPeakFinding(id, r.From, r.To, r.Votes, r.Peak, mean, key.Minutes, threshold, 0, 0)));
        }

        var findings = new List<PartnerPeakFinding>();
        foreach (var run in runs.OrderByDescending(r => r.Votes).ThenBy(r => r.FromMinute).Take(ReviewThresholds.MaxFindings))
        {
            var top = await run.Filter.Apply(partner).GroupBy(v => v.TeamId).Select(g => new { Team = g.Key, Votes = g.Count() })
                .OrderByDescending(t => t.Votes).ThenBy(t => t.Team).FirstAsync(cancellationToken);
            findings.Add(run with { TopTeamId = top.Team, TopTeamVotes = top.Votes });
        }

        return findings;
    }

    private async Task<IReadOnlyList<CrowdFinding>> CrowdsAsync(string editionId, string column, CancellationToken cancellationToken)
    {
        // Partner votes carry the partner's server, not its readers, so only our own page's votes say anything here.
        var web = Counted(editionId).Where(v => v.Source == VoteSource.Web);
        var crowds = await web.GroupBy(v => EF.Property<string>(v, column))
            .Select(g => new { g.Key, Voters = g.Select(v => v.VoterKey).Distinct().Count(), Votes = g.Count(), First = g.Min(v => v.Minute), Last = g.Max(v => v.Minute) })
            .Where(c => c.Voters >= ReviewThresholds.CrowdVoters)
            .OrderByDescending(c => c.Voters).ThenBy(c => c.Key).Take(CrowdCandidates)
            .ToListAsync(cancellationToken);
        if (crowds.Count == 0)
        {
            return [];
        }

        var keys = crowds.Select(c => c.Key).ToList();
        var byEntry = (await web.Where(v => keys.Contains(EF.Property<string>(v, column)))
            .GroupBy(v => new { Key = EF.Property<string>(v, column), v.TeamId })
            .Select(g => new { g.Key.Key, g.Key.TeamId, Voters = g.Select(v => v.VoterKey).Distinct().Count() })
            .ToListAsync(cancellationToken)).ToLookup(r => r.Key, StringComparer.Ordinal);
        return crowds.Select(c =>
            {
                var entries = byEntry[c.Key].OrderByDescending(e => e.Voters).ThenBy(e => e.TeamId).ToList();
                return new CrowdFinding(c.Key, c.Voters, c.Votes, entries.Count, entries[0].TeamId, entries[0].Voters, c.First, c.Last);
            })
            .Where(c => ReviewThresholds.IsCrowd(c.Voters, c.TopTeamVoters))
            .OrderByDescending(c => c.TopTeamVoters).ThenBy(c => c.Key, StringComparer.Ordinal).Take(ReviewThresholds.MaxFindings).ToList();
    }

    private IQueryable<Vote> Counted(string editionId) => db.Votes.AsNoTracking().Where(v => v.EditionId == editionId && v.QuarantineId == null);
}
