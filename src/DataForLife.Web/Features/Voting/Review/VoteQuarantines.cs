using System.Globalization;
using DataForLife.Web.Data;
using DataForLife.Web.Domain.Voting;
using DataForLife.Web.Features.Audit;
using Microsoft.EntityFrameworkCore;

namespace DataForLife.Web.Features.Voting.Review;

/// <summary>
/// Takes sets of counted votes out of the tally and puts them back. Votes are never deleted: a quarantine sets their
/// <see cref="Vote.QuarantineId"/> in one statement, a release clears it; each decision carries a reason and goes to
/// the audit log. The tally, the public counts and the bonus read counted votes only, so they follow at once. Once a
/// round that adds the bonus is published, its stored bonus is final and the votes are frozen: neither is allowed.
/// </summary>
public sealed class VoteQuarantines(AppDbContext db, AuditLog audit, ContestLock contest, TimeProvider clock, Editions.EditionStore editions)
{
    public const int MaxReasonLength = 1000;

    public async Task<IReadOnlyList<VoteQuarantine>> ListAsync(string editionId, CancellationToken cancellationToken) =>
        await db.VoteQuarantines.AsNoTracking().Where(q => q.EditionId == editionId).OrderByDescending(q => q.Id).ToListAsync(cancellationToken);

    public async Task<QuarantineResult> QuarantineAsync(string editionId, VoteFilter filter, string? reason, string createdBy, CancellationToken cancellationToken)
    {
        reason = reason?.Trim();
        if (string.IsNullOrEmpty(reason) || reason.Length > MaxReasonLength)
        {
            return new(QuarantineOutcome.ReasonMissing);
        }

        if (filter.IsEmpty)
        {
            return new(QuarantineOutcome.FilterEmpty);
        }

        if (!filter.IsValid)
        {
            return new(QuarantineOutcome.FilterInvalid);
        }

        var quarantine = new VoteQuarantine
        {
            EditionId = editionId, Reason = reason, FilterJson = filter.ToJson(), CreatedBy = createdBy, CreatedAtUtc = clock.GetUtcNow().UtcDateTime,
        };

        // The row, the votes it takes and the audit entry are committed together; the quarantine needs its id first.
        // Under the contest's lock, which a round's publication holds from its ranking to its commit: either the
        // publication came first and the votes are frozen, or the published bonus leaves these votes out.
        var published = false;
        var taken = await contest.DecideAsync<VoteQuarantine?>("votes.quarantine", async ct =>
        {
            if (await BonusPublishedAsync(editionId, ct))
            {
                published = true;
                return null;
            }

            db.VoteQuarantines.Add(quarantine);
            await db.SaveChangesAsync(ct);
            long? id = quarantine.Id;
            quarantine.Votes = await filter.Apply(db.Votes.Where(v => v.EditionId == editionId && v.QuarantineId == null))
                .ExecuteUpdateAsync(s => s.SetProperty(v => v.QuarantineId, id), ct);
            if (quarantine.Votes == 0)
            {
                return null;
            }

            await db.SaveChangesAsync(ct);
            audit.Record("votes.quarantined", nameof(VoteQuarantine), quarantine.Id.ToString(CultureInfo.InvariantCulture),
                after: new { filter, votes = quarantine.Votes }, editionId: editionId, reason: reason);
            return quarantine;
        }, cancellationToken);
        if (taken is null)
        {
            db.ChangeTracker.Clear();
            return new(published ? QuarantineOutcome.BonusPublished : QuarantineOutcome.NothingMatched);
        }

        return new(QuarantineOutcome.Quarantined, quarantine);
    }

    public async Task<ReleaseOutcome> ReleaseAsync(string editionId, long id, string? reason, string releasedBy, CancellationToken cancellationToken)
    {
        reason = reason?.Trim();
        if (string.IsNullOrEmpty(reason) || reason.Length > MaxReasonLength)
        {
            return ReleaseOutcome.ReasonMissing;
        }

        var quarantine = await db.VoteQuarantines.AsNoTracking().FirstOrDefaultAsync(q => q.Id == id && q.EditionId == editionId, cancellationToken);
        if (quarantine is null)
        {
            return ReleaseOutcome.NotFound;
        }

        var now = clock.GetUtcNow().UtcDateTime;
        var published = false;
        // Claimed with a condition, so two organisers releasing at once release it once; the release, the votes it
        // returns to the tally and the audit entry are committed together.
        var counted = await contest.DecideAsync<int?>("votes.release", async ct =>
        {
            // Under the contest's lock, as a publication is (see QuarantineAsync).
            if (await BonusPublishedAsync(editionId, ct))
            {
                published = true;
                return null;
            }

            var claimed = await db.VoteQuarantines.Where(q => q.Id == id && q.ReleasedAtUtc == null)
                .ExecuteUpdateAsync(s => s.SetProperty(q => q.ReleasedAtUtc, now).SetProperty(q => q.ReleasedBy, releasedBy).SetProperty(q => q.ReleaseReason, reason), ct);
            if (claimed == 0)
            {
                return null;
            }

            var kept = await KeepForOthersAsync(editionId, id, ct);
            var returned = await db.Votes.Where(v => v.QuarantineId == id).ExecuteUpdateAsync(s => s.SetProperty(v => v.QuarantineId, (long?)null), ct);
            audit.Record("votes.released", nameof(VoteQuarantine), id.ToString(CultureInfo.InvariantCulture),
                before: new { filter = VoteFilter.FromJson(quarantine.FilterJson), votes = quarantine.Votes }, after: new { counted = returned, keptByOthers = kept },
                editionId: editionId, reason: reason);
            return returned;
        }, cancellationToken);
        if (counted is null)
        {
            return published ? ReleaseOutcome.BonusPublished : ReleaseOutcome.AlreadyReleased;
        }

        return ReleaseOutcome.Released;
    }

    /// <summary>
    /// Releasing one decision does not undo another: the released votes that another quarantine still in force also
    /// matches (it could not take them, they were taken already) stay out of the tally, now under that quarantine (the
    /// oldest first), whose count grows by them. How many were kept.
    /// </summary>
    private async Task<int> KeepForOthersAsync(string editionId, long releasedId, CancellationToken cancellationToken)
    {
        var others = await db.VoteQuarantines.AsNoTracking().Where(q => q.EditionId == editionId && q.Id != releasedId && q.ReleasedAtUtc == null)
            .OrderBy(q => q.Id).ToListAsync(cancellationToken);
        var kept = 0;
        foreach (var other in others)
        {
            long? otherId = other.Id;
            var moved = await VoteFilter.FromJson(other.FilterJson).Apply(db.Votes.Where(v => v.QuarantineId == releasedId))
                .ExecuteUpdateAsync(s => s.SetProperty(v => v.QuarantineId, otherId), cancellationToken);
            if (moved > 0)
            {
                await db.VoteQuarantines.Where(q => q.Id == other.Id).ExecuteUpdateAsync(s => s.SetProperty(q => q.Votes, q => q.Votes + moved), cancellationToken);
                kept += moved;
            }
        }

        return kept;
    }

    /// <summary>Whether a round that adds the vote bonus has been published (its results hold the bonus as it was).</summary>
    public async Task<bool> BonusPublishedAsync(string editionId, CancellationToken cancellationToken)
    {
        var edition = await editions.FindAsync(editionId, cancellationToken);
        var rounds = edition?.Definition.Rounds.Where(r => r.TakesVoteBonus).Select(r => r.Code).ToList() ?? [];
        return rounds.Count > 0 && await db.RoundPublications.AnyAsync(p => p.EditionId == editionId && rounds.Contains(p.RoundCode), cancellationToken);
    }
}
