namespace DataForLife.Web.Domain.Editions;

/// <summary>How the edition's data catalogue behaves; the plan says nothing about it, so these are our defaults.</summary>
public sealed record CatalogueSettings
{
    /// <summary>Whether everyone sees the prediction leaderboards; organisers and observers always do.</summary>
    public bool PublicLeaderboard { get; init; }
}
