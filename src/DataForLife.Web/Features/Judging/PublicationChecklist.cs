using DataForLife.Web.Data;
using DataForLife.Web.Domain.Editions;
using DataForLife.Web.Domain.Judging;
using Microsoft.EntityFrameworkCore;

namespace DataForLife.Web.Features.Judging;

/// <summary>
/// What is still missing before a round is published (<see cref="PublicationReadiness"/>), shown on the round's page
/// above the button, and the rounds an edition change would close early with sheets still missing.
/// </summary>
public sealed class PublicationChecklist(AppDbContext db, RoundRankingService rankings, RoundEntries entries, ConflictFinder conflicts, JudgeDirectory judges,
    TimeProvider clock)
{
    /// <summary>A round an edition change would close now, and the judges whose sheets are not all in.</summary>
    public sealed record ClosingRound(JudgingRound Round, IReadOnlyList<PublicationReadiness.JudgeSheets> MissingSheets);

    public async Task<PublicationReadiness> ForAsync(JudgingRound round, RoundRanking ranking, CancellationToken cancellationToken)
    {
        var missing = await MissingSheetsAsync(round, cancellationToken);
        var roundEntries = (await entries.ForAsync(round, cancellationToken)).ToHashSet();
        var judgeNames = (await judges.ListAsync(round.EditionId, cancellationToken)).DistinctBy(j => j.UserId).ToDictionary(j => j.UserId, j => j.Name);
        var pending = (await conflicts.ForEditionAsync(round.EditionId, cancellationToken))
            .Where(c => c.State == ConflictState.Pending && roundEntries.Contains(c.TeamId))
            .Select(c => new PublicationReadiness.PendingConflict(c.JudgeUserId, judgeNames.GetValueOrDefault(c.JudgeUserId, c.JudgeUserId), c.TeamId, c.Reason))
            .ToList();
        var (quarantines, votes) = round.Round.TakesVoteBonus ? await QuarantinesInForceAsync(round.EditionId, cancellationToken) : (0, 0);
        return new PublicationReadiness(missing, ranking.UnresolvedTies, pending, quarantines, votes);
    }

    /// <summary>
    /// The unpublished rounds of <paramref name="edition"/> whose end <paramref name="next"/> moves from ahead to now or
    /// before, while some of their sheets are not in.
    /// </summary>
    public async Task<IReadOnlyList<ClosingRound>> ClosedEarlyAsync(Edition edition, EditionDefinition next, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        var closing = new List<ClosingRound>();
        foreach (var round in edition.Definition.Rounds.Select(r => JudgingRound.Find(edition, r.Code)).OfType<JudgingRound>())
        {
            var after = next.Rounds.FirstOrDefault(r => r.Code == round.Code) is { } changed ? next.FindPhase(changed.PhaseCode) : null;
            if (after is null || !PublicationConfirmation.EndMovedIntoPast(round.Window.EndsAt, after.EndsAt, now)
                || await db.RoundPublications.AnyAsync(p => p.EditionId == edition.Id && p.RoundCode == round.Code, cancellationToken))
            {
                continue;
            }

            var missing = await MissingSheetsAsync(round, cancellationToken);
            if (missing.Count > 0)
            {
                closing.Add(new ClosingRound(round, missing));
            }
        }

        return closing;
    }

    private async Task<IReadOnlyList<PublicationReadiness.JudgeSheets>> MissingSheetsAsync(JudgingRound round, CancellationToken cancellationToken) =>
        [.. (await rankings.ProgressAsync(round, cancellationToken)).Where(p => p.Submitted < p.Assigned)
            .Select(p => new PublicationReadiness.JudgeSheets(p.Judge.UserId, p.Judge.Name, p.Submitted, p.Assigned))];

    private async Task<(int Quarantines, int Votes)> QuarantinesInForceAsync(string editionId, CancellationToken cancellationToken)
    {
        var inForce = await db.VoteQuarantines.AsNoTracking().Where(q => q.EditionId == editionId && q.ReleasedAtUtc == null)
            .Select(q => q.Votes).ToListAsync(cancellationToken);
        return (inForce.Count, inForce.Sum());
    }
}
