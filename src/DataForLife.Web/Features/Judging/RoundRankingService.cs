using DataForLife.Web.Data;
using DataForLife.Web.Domain.Judging;
using DataForLife.Web.Domain.Roster;
using Microsoft.EntityFrameworkCore;

namespace DataForLife.Web.Features.Judging;

/// <summary>
/// Builds a round's ranking from the raw score sheets, every time, with <see cref="ScoreAggregation"/>. A sheet counts
/// only while its judge still has the entry (an organiser who takes a dossier off a judge takes their score off it
/// too; the sheet itself is kept).
/// </summary>
public sealed class RoundRankingService(AppDbContext db, RoundEntries entries, JudgeDirectory judges, ConflictFinder conflicts, VoteBonus bonus,
    JudgeAssignments assignments, TimeProvider clock)
{
    /// <summary>
    /// Whether the round's scores have stopped moving: every sheet is in, or the scoring window has closed. Ties are
    /// decided, and the round published, only then.
    /// </summary>
    public async Task<bool> ScoringOverAsync(JudgingRound round, CancellationToken cancellationToken) =>
        round.IsClosedAt(clock.GetUtcNow()) || await AllSheetsInAsync(round, cancellationToken);

    public async Task<RoundRanking> ComputeAsync(JudgingRound round, CancellationToken cancellationToken)
    {
        var submitted = await db.ScoreSheets.AsNoTracking()
            .Where(s => s.EditionId == round.EditionId && s.RoundCode == round.Code && s.Status == SheetStatus.Submitted)
            .ToListAsync(cancellationToken);
        var held = new Dictionary<string, IReadOnlyList<int>>();
        foreach (var judge in submitted.Select(s => s.JudgeUserId).Distinct())
        {
            held[judge] = await assignments.EntriesOfAsync(round, judge, cancellationToken);
        }

        var sheets = submitted.Where(s => held[s.JudgeUserId].Contains(s.TeamId)).ToList();
        var panel = (await judges.ListAsync(round.EditionId, cancellationToken))
            .ToDictionary(j => j.UserId, j => j.Body == StaffBody.Council ? "council" : j.Group.Length > 0 ? j.Group : "head");
        var decisions = await db.TieDecisions.AsNoTracking()
            .Where(d => d.EditionId == round.EditionId && d.RoundCode == round.Code)
            .OrderBy(d => d.DecidedAtUtc).ToListAsync(cancellationToken);
        var input = new RankingInput(
            round.Round.Criteria,
            [.. sheets.Select(s => new SheetScores(s.JudgeUserId, s.TeamId, s.Scores))],
            await entries.ForAsync(round, cancellationToken),
            await conflicts.PairsAsync(round.EditionId, cancellationToken),
            round.Round.Calibration,
            round.Round.Quota,
            round.Boundaries,
            round.Edition.Definition.TieBreaks)
        {
            Panels = panel,
            PanelWeights = round.Round.GroupWeights,
            Bonus = round.Round.TakesVoteBonus ? await bonus.ForAsync(round, cancellationToken) : null,
            Decisions = [.. decisions.Select(d => d.ToOrder())],
        };
        return ScoreAggregation.Rank(input);
    }

    /// <summary>One judge's sheets in a round: the entries they now have, and how many of those they submitted.</summary>
    public sealed record JudgeProgress(JudgeDirectory.JudgeEntry Judge, int Assigned, int Submitted);

    /// <summary>
    /// Each judge of the round with entries, and their submitted sheets for those entries only (a sheet for a team taken
    /// off them, or one they are in conflict with, does not count, as in the ranking).
    /// </summary>
    public async Task<IReadOnlyList<JudgeProgress>> ProgressAsync(JudgingRound round, CancellationToken cancellationToken)
    {
        var submitted = (await db.ScoreSheets.AsNoTracking()
                .Where(s => s.EditionId == round.EditionId && s.RoundCode == round.Code && s.Status == SheetStatus.Submitted)
                .Select(s => new { s.JudgeUserId, s.TeamId }).ToListAsync(cancellationToken))
            .ToLookup(s => s.JudgeUserId, s => s.TeamId);
        var progress = new List<JudgeProgress>();
        foreach (var judge in await judges.ForRoundAsync(round.EditionId, round.Index, cancellationToken))
        {
            var mine = await assignments.EntriesOfAsync(round, judge.UserId, cancellationToken);
            if (mine.Count > 0)
            {
                progress.Add(new JudgeProgress(judge, mine.Count, submitted[judge.UserId].Count(mine.Contains)));
            }
        }

        return progress;
    }

    /// <summary>Whether every judge of the round has submitted a sheet for every entry they now have.</summary>
    public async Task<bool> AllSheetsInAsync(JudgingRound round, CancellationToken cancellationToken)
    {
        var progress = await ProgressAsync(round, cancellationToken);
        return progress.Count > 0 && progress.All(p => p.Submitted == p.Assigned);
    }
}
