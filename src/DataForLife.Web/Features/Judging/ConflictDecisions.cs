using DataForLife.Web.Data;
using DataForLife.Web.Domain.Judging;
using DataForLife.Web.Features.Audit;

namespace DataForLife.Web.Features.Judging;

/// <summary>
/// Organisers decide a conflict found after the judge scored the team: upheld, the judge's sheets for it stop counting;
/// dismissed, they keep counting. Either way with a reason, in the audit log, once.
/// </summary>
public sealed class ConflictDecisions(AppDbContext db, ConflictFinder finder, AuditLog audit, TimeProvider clock)
{
    public const int MaxReasonLength = 2000;

    public enum Outcome
    {
        Decided,
        NotPending,
        ReasonRequired,
    }

    public async Task<Outcome> DecideAsync(string editionId, string judgeUserId, int teamId, bool uphold, string? reason, string organiserId,
        CancellationToken cancellationToken)
    {
        var why = reason?.Trim() ?? string.Empty;
        if (why.Length is 0 or > MaxReasonLength)
        {
            return Outcome.ReasonRequired;
        }

        // Decided under the audit log's lock, on the conflict as it is then: two organisers deciding at once decide once.
        var decided = await audit.InTransactionAsync(async ct =>
        {
            var conflict = (await finder.ForEditionAsync(editionId, ct))
                .FirstOrDefault(c => c.JudgeUserId == judgeUserId && c.TeamId == teamId && c.State == ConflictState.Pending);
            if (conflict is null)
            {
                return null;
            }

            db.ConflictDecisions.Add(new ConflictDecision
            {
                EditionId = editionId, JudgeUserId = judgeUserId, TeamId = teamId, Upheld = uphold, Finding = conflict.Reason, Reason = why,
                DecidedByUserId = organiserId, DecidedAtUtc = clock.GetUtcNow().UtcDateTime,
            });
            audit.Record(uphold ? "judging.conflict-upheld" : "judging.conflict-dismissed", "Conflict", $"{judgeUserId}:{teamId}",
                after: new { judge = judgeUserId, team = teamId, finding = conflict.Reason, sheets = uphold ? "discarded" : "kept" }, editionId: editionId, reason: why);
            await db.SaveChangesAsync(ct);
            return conflict;
        }, cancellationToken);
        if (decided is null)
        {
            return Outcome.NotPending;
        }

        return Outcome.Decided;
    }
}
