namespace DataForLife.Web.Domain.Ceremony;

/// <summary>What the prize table gives a final's standings: the awards, or the tie the head of the jury must still order.</summary>
public abstract record AwardOutcome
{
    private AwardOutcome()
    {
    }

    /// <summary>One line per prize won, in place order.</summary>
    public sealed record Assigned(IReadOnlyList<AwardLine> Awards) : AwardOutcome;

    /// <summary>Entries still equal across a prize line: no prize can be given until the head orders them.</summary>
    public sealed record OpenTie(IReadOnlyList<int> EntryIds) : AwardOutcome;
}

/// <summary>A team's prize by its place: the line of the prize table and the amount.</summary>
public sealed record AwardLine(int EntryId, int Rank, Editions.Prize Prize);
