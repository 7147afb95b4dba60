namespace DataForLife.Web.Features.Certificates;

/// <summary>What the verification page says, for programs: who holds it, what it attests, for which edition, when, and whether it still stands.</summary>
public sealed record CertificateResponse(string Serial, string Holder, string Kind, string AwardVi, string AwardEn, string Edition, string EditionName,
    string Team, string TeamName, DateTime IssuedAtUtc, string Status, DateTime? RevokedAtUtc, string? RevocationReason, string? ReplacedBy)
{
    public static CertificateResponse From(FoundCertificate found)
    {
        var c = found.Certificate;
        return new(c.Serial, c.HolderName, c.Kind.ToString(), c.AwardVi, c.AwardEn, found.Edition.Id, found.Edition.Definition.Name.Current, found.TeamCode,
            found.TeamName, c.IssuedAtUtc, c.IsRevoked ? "revoked" : "valid", c.RevokedAtUtc, c.RevocationReason, found.ReplacedBy);
    }
}
