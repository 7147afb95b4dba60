using DataForLife.Web.Features.Voting;

namespace DataForLife.Web.Features.Judging;

/// <summary>
/// The public vote's bonus points by team for a round that takes them: B x votes / most votes of any entry (B is the
/// edition's bonus points, 10 by default, on the 100-point scale), from counted votes only. Null while there are no
/// counted votes, which the results show as an explicit 0 labelled "no votes".
/// </summary>
public sealed class VoteBonus(VoteCounts counts)
{
    public async Task<IReadOnlyDictionary<int, double>?> ForAsync(JudgingRound round, CancellationToken cancellationToken)
    {
        var counted = await counts.CountedAsync(round.EditionId, cancellationToken);
        var most = counted.Count == 0 ? 0 : counted.Values.Max();
        if (most == 0)
        {
            return null;
        }

        var points = round.Edition.Definition.Voting.BonusPoints;
        return counted.ToDictionary(c => c.Key, c => Domain.Voting.VoteBonusFormula.Bonus(points, c.Value, most));
    }
}
