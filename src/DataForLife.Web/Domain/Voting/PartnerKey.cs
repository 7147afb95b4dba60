namespace DataForLife.Web.Domain.Voting;

/// <summary>
/// A key a partner site (the newspaper) uses to call the vote API from its servers. Only the SHA-256 of the secret is
/// kept; the key itself is shown once. <see cref="RateLimit"/> is requests per second, 0 for none.
/// </summary>
public sealed class PartnerKey
{
    public int Id { get; set; }
    public string Name { get; set; } = string.Empty;

    /// <summary>The edition the key may vote in; null for any edition.</summary>
    public string? EditionId { get; set; }

    public string SecretHash { get; set; } = string.Empty;
    public int RateLimit { get; set; }
    public DateTime CreatedAtUtc { get; set; }
    public string CreatedBy { get; set; } = string.Empty;
    public DateTime? RevokedAtUtc { get; set; }

    public bool IsActive => RevokedAtUtc is null;

    public bool AllowsEdition(string editionId) => EditionId is null || EditionId == editionId;
}
