using DataForLife.Web.Data;
using Microsoft.EntityFrameworkCore;

namespace DataForLife.Web.Features.Voting;

/// <summary>Counted votes (not quarantined) per entry: the tally, the public counts and the bonus all come from here.</summary>
public sealed class VoteCounts(AppDbContext db)
{
    public async Task<IReadOnlyDictionary<int, int>> CountedAsync(string editionId, CancellationToken cancellationToken) =>
        await db.Votes.AsNoTracking().Where(v => v.EditionId == editionId && v.QuarantineId == null)
            .GroupBy(v => v.TeamId).Select(g => new { g.Key, Count = g.Count() })
            .ToDictionaryAsync(g => g.Key, g => g.Count, cancellationToken);

    /// <summary>Entries (by team) this voter has a counted or quarantined vote for, for the day the rule counts.</summary>
    /// <summary>The entries the voter has voted for on the vote's day, each with the moment of the vote.</summary>
    public async Task<IReadOnlyDictionary<int, DateTime>> VotedByAsync(string editionId, string voterKey, int day, CancellationToken cancellationToken) =>
        (await db.Votes.AsNoTracking().Where(v => v.EditionId == editionId && v.VoterKey == voterKey && v.Day == day)
            .Select(v => new { v.TeamId, v.CastAtUtc }).ToListAsync(cancellationToken))
            .GroupBy(v => v.TeamId).ToDictionary(g => g.Key, g => DateTime.SpecifyKind(g.Min(v => v.CastAtUtc), DateTimeKind.Utc));
}
