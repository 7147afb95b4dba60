using DataForLife.Web.Data;
using DataForLife.Web.Domain.Judging;
using DataForLife.Web.Domain.Roster;
using DataForLife.Web.Features.Audit;
using Microsoft.EntityFrameworkCore;

namespace DataForLife.Web.Features.Judging;

/// <summary>The head of the jury orders entries the rules left tied, always with a written reason.</summary>
public sealed class TieDecisions(AppDbContext db, RoundRankingService rankings, AuditLog audit, TimeProvider clock)
{
    public async Task<bool> IsHeadAsync(string editionId, string userId, CancellationToken cancellationToken) =>
        await db.StaffMembers.AnyAsync(s => s.EditionId == editionId && s.UserId == userId && s.Body == StaffBody.Jury && s.Position == StaffPosition.Head, cancellationToken);

    /// <summary>Records the order when it covers exactly one open tie and comes with a reason.</summary>
    public async Task<bool> DecideAsync(JudgingRound round, string headUserId, IReadOnlyList<int> order, string? reason, CancellationToken cancellationToken)
    {
        if (string.IsNullOrWhiteSpace(reason) || !await IsHeadAsync(round.EditionId, headUserId, cancellationToken))
        {
            return false;
        }

        var ranking = await rankings.ComputeAsync(round, cancellationToken);
        if (!ranking.UnresolvedTies.Any(t => t.ToHashSet().SetEquals(order) && t.Count == order.Count))
        {
            return false;
        }

        db.TieDecisions.Add(new TieDecision
        {
            EditionId = round.EditionId, RoundCode = round.Code, TeamIds = string.Join(',', order), Reason = reason.Trim(),
            DecidedByUserId = headUserId, DecidedAtUtc = clock.GetUtcNow().UtcDateTime,
        });
        audit.Record("round.tie-decided", "Round", round.Code, after: new { order }, editionId: round.EditionId, reason: reason.Trim());
        await audit.SaveChangesAsync(cancellationToken);
        return true;
    }
}
