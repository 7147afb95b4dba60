using System.Globalization;
using DataForLife.Web.Data;
using DataForLife.Web.Domain.Voting;
using DataForLife.Web.Features.Audit;
using Microsoft.EntityFrameworkCore;

namespace DataForLife.Web.Features.Voting.Review;

/// <summary>
/// Takes sets of counted votes out of the tally and puts them back. Votes are never deleted: a quarantine sets their
/// <see cref="Vote.QuarantineId"/> in one statement, a release clears it; each decision carries a reason and goes to
/// the audit log. The tally, the public counts and the bonus read counted votes only, so they follow at once.
/// </summary>
public sealed class VoteQuarantines(AppDbContext db, AuditLog audit, TimeProvider clock)
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

        // The row and the votes it takes are committed together; the quarantine needs its id before the update.
        await using (var transaction = await db.Database.BeginTransactionAsync(cancellationToken))
        {
            db.VoteQuarantines.Add(quarantine);
            await db.SaveChangesAsync(cancellationToken);
            long? id = quarantine.Id;
            quarantine.Votes = await filter.Apply(db.Votes.Where(v => v.EditionId == editionId && v.QuarantineId == null))
                .ExecuteUpdateAsync(s => s.SetProperty(v => v.QuarantineId, id), cancellationToken);
            if (quarantine.Votes == 0)
            {
                await transaction.RollbackAsync(CancellationToken.None);
                db.ChangeTracker.Clear();
                return new(QuarantineOutcome.NothingMatched);
            }

            await db.SaveChangesAsync(CancellationToken.None);
            await transaction.CommitAsync(CancellationToken.None);
        }

        // Once the votes are out of the tally the decision is recorded even if the organiser's request goes away.
        audit.Record("votes.quarantined", nameof(VoteQuarantine), quarantine.Id.ToString(CultureInfo.InvariantCulture),
            after: new { filter, votes = quarantine.Votes }, editionId: editionId, reason: reason);
        await audit.SaveChangesAsync(CancellationToken.None);
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
        int counted;
        await using (var transaction = await db.Database.BeginTransactionAsync(cancellationToken))
        {
            // Claimed with a condition, so two organisers releasing at once release it once.
            var claimed = await db.VoteQuarantines.Where(q => q.Id == id && q.ReleasedAtUtc == null)
                .ExecuteUpdateAsync(s => s.SetProperty(q => q.ReleasedAtUtc, now).SetProperty(q => q.ReleasedBy, releasedBy).SetProperty(q => q.ReleaseReason, reason), cancellationToken);
            if (claimed == 0)
            {
                await transaction.RollbackAsync(CancellationToken.None);
                return ReleaseOutcome.AlreadyReleased;
            }

            counted = await db.Votes.Where(v => v.QuarantineId == id).ExecuteUpdateAsync(s => s.SetProperty(v => v.QuarantineId, (long?)null), CancellationToken.None);
            await transaction.CommitAsync(CancellationToken.None);
        }

        audit.Record("votes.released", nameof(VoteQuarantine), id.ToString(CultureInfo.InvariantCulture),
            before: new { filter = VoteFilter.FromJson(quarantine.FilterJson), votes = quarantine.Votes }, after: new { counted }, editionId: editionId, reason: reason);
        await audit.SaveChangesAsync(CancellationToken.None);
        return ReleaseOutcome.Released;
    }
}
