using DataForLife.Web.Data;
using DataForLife.Web.Domain.Judging;
using DataForLife.Web.Domain.Roster;
using DataForLife.Web.Features.Audit;
using Microsoft.EntityFrameworkCore;

namespace DataForLife.Web.Features.Judging;

/// <summary>
/// Who orders the entries a round's rules left tied: the head of the jury; for a tie holding a team the head is in
/// conflict with, any lead of a jury group free of conflict with every team in it. Nobody in conflict sees which teams
/// a tie holds.
/// </summary>
public sealed record TieDesk(IReadOnlySet<string> Heads, IReadOnlySet<string> Leads, IReadOnlySet<(string JudgeId, int EntryId)> Conflicts)
{
    /// <summary>The head and the group leads of the jury open the ties page.</summary>
    public bool MayOpen(string userId) => Heads.Contains(userId) || Leads.Contains(userId);

    public bool IsConflicted(string userId, IEnumerable<int> tie) => tie.Any(entry => Conflicts.Contains((userId, entry)));

    /// <summary>True when a head free of conflict with the tie decides it; otherwise it falls to the leads.</summary>
    public bool HeadDecides(IReadOnlyList<int> tie) => Heads.Any(head => !IsConflicted(head, tie));

    /// <summary>False when every head and lead is in conflict with a team in the tie: the organisers must name someone.</summary>
    public bool HasDecider(IReadOnlyList<int> tie) => Heads.Concat(Leads).Any(judge => MayDecide(judge, tie));

    public bool MayDecide(string userId, IReadOnlyList<int> tie) =>
        !IsConflicted(userId, tie) && (Heads.Contains(userId) || (Leads.Contains(userId) && !HeadDecides(tie)));
}

/// <summary>The head of the jury (or a lead, see <see cref="TieDesk"/>) orders entries left tied, always with a written reason.</summary>
public sealed class TieDecisions(AppDbContext db, RoundRankingService rankings, ConflictFinder conflicts, AuditLog audit, TimeProvider clock)
{
    public async Task<TieDesk> DeskAsync(string editionId, CancellationToken cancellationToken)
    {
        var jury = await db.StaffMembers.AsNoTracking()
            .Where(s => s.EditionId == editionId && s.UserId != null && s.Body == StaffBody.Jury && s.Position != StaffPosition.Member)
            .Select(s => new { UserId = s.UserId!, s.Position }).ToListAsync(cancellationToken);
        return new TieDesk(
            jury.Where(s => s.Position == StaffPosition.Head).Select(s => s.UserId).ToHashSet(),
            jury.Where(s => s.Position == StaffPosition.Lead).Select(s => s.UserId).ToHashSet(),
            await conflicts.PairsAsync(editionId, cancellationToken));
    }

    /// <summary>Records the order when scoring is over, it covers exactly one open tie that this judge may decide, and comes with a reason.</summary>
    public async Task<bool> DecideAsync(JudgingRound round, string judgeUserId, IReadOnlyList<int> order, string? reason, CancellationToken cancellationToken)
    {
        if (string.IsNullOrWhiteSpace(reason) || !await rankings.ScoringOverAsync(round, cancellationToken))
        {
            return false;
        }

        var ranking = await rankings.ComputeAsync(round, cancellationToken);
        var desk = await DeskAsync(round.EditionId, cancellationToken);
        if (!ranking.UnresolvedTies.Any(t => t.Count == order.Count && t.ToHashSet().SetEquals(order) && desk.MayDecide(judgeUserId, t)))
        {
            return false;
        }

        db.TieDecisions.Add(new TieDecision
        {
            EditionId = round.EditionId, RoundCode = round.Code, TeamIds = string.Join(',', order), Reason = reason.Trim(),
            DecidedByUserId = judgeUserId, DecidedAtUtc = clock.GetUtcNow().UtcDateTime,
        });
        audit.Record("round.tie-decided", "Round", round.Code, after: new { order, by = desk.Heads.Contains(judgeUserId) ? "head" : "lead" },
            editionId: round.EditionId, reason: reason.Trim());
        await audit.SaveChangesAsync(cancellationToken);
        return true;
    }
}
