using DataForLife.Web.Domain.Editions;
using DataForLife.Web.Domain.Judging;

namespace DataForLife.Web.Domain.Ceremony;

/// <summary>
/// Which team wins which prize: the prize table read in order (first, second, third, then the consolation prizes), each
/// line covering as many places as it has prizes. Places come from the final's standings, where the head of the jury
/// has already ordered any entries left equal across a prize line; while such a tie is open no prize is given. Entries
/// equal within one line share the place and the prize.
/// </summary>
public static class AwardAssignment
{
    public static AwardOutcome Assign(IReadOnlyList<EntryStanding> standings, IReadOnlyList<Prize> prizes)
    {
        if (standings.Where(s => s.Tied).Select(s => s.EntryId).ToList() is { Count: > 0 } tied)
        {
            return new AwardOutcome.OpenTie(tied);
        }

        var awards = new List<AwardLine>();
        foreach (var standing in standings.OrderBy(s => s.Rank).ThenBy(s => s.EntryId))
        {
            if (PrizeAt(standing.Rank, prizes) is { } prize)
            {
                awards.Add(new AwardLine(standing.EntryId, standing.Rank, prize));
            }
        }

        return new AwardOutcome.Assigned(awards);
    }

    /// <summary>The prize of a place (1 is the first), or null past the last prize; a line with no prizes covers no place.</summary>
    public static Prize? PrizeAt(int place, IReadOnlyList<Prize> prizes)
    {
        var last = 0;
        foreach (var prize in prizes)
        {
            last += Math.Max(0, prize.Count);
            if (place <= last && prize.Count > 0)
            {
                return prize;
            }
        }

        return null;
    }
}
