using DataForLife.Web.Data;
using DataForLife.Web.Domain.Judging;
using DataForLife.Web.Features.Audit;
using Microsoft.EntityFrameworkCore;

namespace DataForLife.Web.Features.Judging;

/// <summary>
/// Who scores which entry. Round 1: the assignments (balanced automatically, adjustable by hand). Round 2: the teams
/// in the pitch sessions a judge sits on. The final: every finalist, for the whole jury. Never a conflicted pair.
/// </summary>
public sealed class JudgeAssignments(AppDbContext db, RoundEntries entries, JudgeDirectory judges, ConflictFinder conflicts, AuditLog audit, TimeProvider clock)
{
    public async Task<IReadOnlyList<int>> EntriesOfAsync(JudgingRound round, string judgeUserId, CancellationToken cancellationToken)
    {
        var conflicted = await conflicts.PairsAsync(round.EditionId, cancellationToken);
        var all = await entries.ForAsync(round, cancellationToken);
        IEnumerable<int> mine;
        if (round.IsFirst)
        {
            mine = await db.Assignments.AsNoTracking().Where(a => a.EditionId == round.EditionId && a.RoundCode == round.Code && a.JudgeUserId == judgeUserId)
                .Select(a => a.TeamId).ToListAsync(cancellationToken);
        }
        else if (round.IsFinal)
        {
            mine = (await judges.ForRoundAsync(round.EditionId, round.Index, cancellationToken)).Any(j => j.UserId == judgeUserId) ? all : [];
        }
        else
        {
            var sessions = await db.PitchSessions.AsNoTracking().Where(s => s.EditionId == round.EditionId).ToListAsync(cancellationToken);
            var mySessions = sessions.Where(s => s.JudgeIdList.Contains(judgeUserId)).Select(s => s.Id).ToList();
            mine = await db.PitchSlots.AsNoTracking().Where(s => mySessions.Contains(s.SessionId)).Select(s => s.TeamId).ToListAsync(cancellationToken);
        }

        return [.. mine.Where(all.Contains).Where(team => !conflicted.Contains((judgeUserId, team))).Distinct()];
    }

    public async Task<bool> IsAssignedAsync(JudgingRound round, string judgeUserId, int teamId, CancellationToken cancellationToken) =>
        (await EntriesOfAsync(round, judgeUserId, cancellationToken)).Contains(teamId);

    /// <summary>Round 1: gives every entry its reviewers from the council, least loaded first, keeping what exists.</summary>
    public async Task<int> AutoAssignAsync(JudgingRound round, CancellationToken cancellationToken)
    {
        var council = (await judges.ForRoundAsync(round.EditionId, round.Index, cancellationToken)).Select(j => j.UserId).ToList();
        var existing = await db.Assignments.Where(a => a.EditionId == round.EditionId && a.RoundCode == round.Code)
            .Select(a => new { a.TeamId, a.JudgeUserId }).ToListAsync(cancellationToken);
        var plan = AssignmentPlanner.Plan(await entries.ForAsync(round, cancellationToken), council, round.Round.ReviewersPerEntry,
            await conflicts.PairsAsync(round.EditionId, cancellationToken), [.. existing.Select(e => (e.TeamId, e.JudgeUserId))]);
        var now = clock.GetUtcNow().UtcDateTime;
        db.Assignments.AddRange(plan.Select(p => new Assignment { EditionId = round.EditionId, RoundCode = round.Code, TeamId = p.EntryId, JudgeUserId = p.JudgeId, CreatedAtUtc = now }));
        audit.Record("judging.assigned", "Round", round.Code, after: new { added = plan.Count, perEntry = round.Round.ReviewersPerEntry }, editionId: round.EditionId);
        await audit.SaveChangesAsync(cancellationToken);
        return plan.Count;
    }

    public enum AssignOutcome
    {
        Done,
        Conflicted,
        NotInRound,
    }

    /// <summary>Gives (or takes back) one entry of the round to one of its judges by hand.</summary>
    public async Task<AssignOutcome> AssignAsync(JudgingRound round, int teamId, string judgeUserId, bool assign, CancellationToken cancellationToken)
    {
        if (assign && (!(await entries.ForAsync(round, cancellationToken)).Contains(teamId)
            || !(await judges.ForRoundAsync(round.EditionId, round.Index, cancellationToken)).Any(j => j.UserId == judgeUserId)))
        {
            return AssignOutcome.NotInRound;
        }

        if (assign && (await conflicts.PairsAsync(round.EditionId, cancellationToken)).Contains((judgeUserId, teamId)))
        {
            return AssignOutcome.Conflicted;
        }

        var existing = await db.Assignments.FirstOrDefaultAsync(a => a.EditionId == round.EditionId && a.RoundCode == round.Code && a.TeamId == teamId && a.JudgeUserId == judgeUserId, cancellationToken);
        if (assign && existing is null)
        {
            db.Assignments.Add(new Assignment { EditionId = round.EditionId, RoundCode = round.Code, TeamId = teamId, JudgeUserId = judgeUserId, ByHand = true, CreatedAtUtc = clock.GetUtcNow().UtcDateTime });
        }
        else if (!assign && existing is not null)
        {
            db.Assignments.Remove(existing);
        }

        audit.Record(assign ? "judging.assigned-by-hand" : "judging.unassigned", "Assignment", $"{round.Code}/{teamId}", after: new { judgeUserId }, editionId: round.EditionId);
        await audit.SaveChangesAsync(cancellationToken);
        return AssignOutcome.Done;
    }
}
