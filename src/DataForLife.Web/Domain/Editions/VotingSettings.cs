namespace DataForLife.Web.Domain.Editions;

public sealed record VotingSettings
{
    /// <summary>The timeline window in which readers vote.</summary>
    public string PhaseCode { get; init; } = "voting";

    public VoteRule Rule { get; init; } = VoteRule.OnePerEntryForWindow;

    /// <summary>B in bonus = B x votes / most votes of any entry, on the 100-point scale.</summary>
    public double BonusPoints { get; init; } = 10;

    public bool PublicCountsDuringWindow { get; init; }

    public GalleryOrder GalleryOrder { get; init; } = GalleryOrder.Shuffled;
}
