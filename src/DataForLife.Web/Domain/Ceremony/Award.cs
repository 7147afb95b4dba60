namespace DataForLife.Web.Domain.Ceremony;

/// <summary>
/// A prize won in the final, stored when the final is published: the team, its place, the prize's line of the table
/// and its amount as they were then. Pages, letters, certificates and the payout sheet read it; nothing works it out again.
/// </summary>
public sealed class Award
{
    public int Id { get; set; }
    public string EditionId { get; set; } = string.Empty;
    public int TeamId { get; set; }
    public int Rank { get; set; }
    public string PrizeCode { get; set; } = string.Empty;
    public string PrizeNameVi { get; set; } = string.Empty;
    public string PrizeNameEn { get; set; } = string.Empty;

    /// <summary>VND.</summary>
    public long AmountVnd { get; set; }

    public DateTime AwardedAtUtc { get; set; }

    public Editions.LocalizedText PrizeName => new(PrizeNameVi, PrizeNameEn);
}
