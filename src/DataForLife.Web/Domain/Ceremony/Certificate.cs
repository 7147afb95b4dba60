namespace DataForLife.Web.Domain.Ceremony;

/// <summary>
/// A certificate given to one member of a team: who holds it (the name as printed), what it attests, when it was issued,
/// and its serial, which the public verification page looks up. A revoked certificate keeps its row and says why; a
/// reissue is a new certificate with a new serial that names the one it replaces.
/// </summary>
public sealed class Certificate
{
    public int Id { get; set; }

    /// <summary>Unguessable (<see cref="CertificateSerial"/>), unique across editions.</summary>
    public string Serial { get; set; } = string.Empty;

    public string EditionId { get; set; } = string.Empty;
    public int TeamId { get; set; }
    public string UserId { get; set; } = string.Empty;

    /// <summary>The holder's full name as printed, Unicode NFC.</summary>
    public string HolderName { get; set; } = string.Empty;

    public CertificateKind Kind { get; set; }

    /// <summary>What is attested, as printed: the prize's name, or the finalists' or selection's title.</summary>
    public string AwardVi { get; set; } = string.Empty;
    public string AwardEn { get; set; } = string.Empty;

    public DateTime IssuedAtUtc { get; set; }
    public DateTime? RevokedAtUtc { get; set; }
    public string? RevocationReason { get; set; }

    /// <summary>The serial of the certificate this one replaces (a reissue), if any.</summary>
    public string? Replaces { get; set; }

    public bool IsRevoked => RevokedAtUtc is not null;

    public Editions.LocalizedText Award => new(AwardVi, AwardEn);

    public void Revoke(string reason, DateTime nowUtc)
    {
        RevokedAtUtc = nowUtc;
        RevocationReason = reason.Trim();
    }
}
