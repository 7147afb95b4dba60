namespace DataForLife.Web.Domain.Judging;

/// <summary>A judge's declared conflict of interest: with one team, or with everyone from an organisation.</summary>
public sealed class DeclaredConflict
{
    public int Id { get; set; }
    public string EditionId { get; set; } = string.Empty;
    public string JudgeUserId { get; set; } = string.Empty;
    public int? TeamId { get; set; }
    public string? Organisation { get; set; }
    public string OrganisationKey { get; set; } = string.Empty;
    public string Reason { get; set; } = string.Empty;
    public DateTime DeclaredAtUtc { get; set; }
}
