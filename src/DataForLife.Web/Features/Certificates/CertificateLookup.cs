using DataForLife.Web.Data;
using DataForLife.Web.Domain.Ceremony;
using DataForLife.Web.Domain.Editions;
using DataForLife.Web.Features.Ceremony;
using DataForLife.Web.Features.Editions;
using Microsoft.EntityFrameworkCore;

namespace DataForLife.Web.Features.Certificates;

/// <summary>A certificate with its edition and team, as the verification page, the API and the downloads read it.</summary>
public sealed record FoundCertificate(Certificate Certificate, Edition Edition, string TeamCode, string TeamName, string? ReplacedBy);

/// <summary>
/// Finds certificates for anyone outside the organisers: only once the edition's results are public (before the
/// ceremony a serial would tell who won), and by the exact serial.
/// </summary>
public sealed class CertificateLookup(AppDbContext db, EditionStore editions, ResultsGate gate)
{
    public async Task<FoundCertificate?> PublicAsync(string? serial, CancellationToken cancellationToken)
    {
        if (CertificateSerial.Normalize(serial) is not { } normalized)
        {
            return null;
        }

        var certificate = await db.Certificates.AsNoTracking().FirstOrDefaultAsync(c => c.Serial == normalized, cancellationToken);
        if (certificate is null || await editions.FindAsync(certificate.EditionId, cancellationToken) is not { } edition
            || !await gate.FinalIsPublicAsync(edition, cancellationToken))
        {
            return null;
        }

        return await WithTeamAsync(certificate, edition, cancellationToken);
    }

    /// <summary>The certificates of a team, once its edition's results are public; none before.</summary>
    public async Task<IReadOnlyList<Certificate>> OfTeamAsync(Edition edition, int teamId, CancellationToken cancellationToken) =>
        await gate.FinalIsPublicAsync(edition, cancellationToken)
            ? await db.Certificates.AsNoTracking().Where(c => c.EditionId == edition.Id && c.TeamId == teamId && c.RevokedAtUtc == null)
                .OrderBy(c => c.HolderName).ToListAsync(cancellationToken)
            : [];

    public async Task<FoundCertificate> WithTeamAsync(Certificate certificate, Edition edition, CancellationToken cancellationToken)
    {
        var team = await db.Teams.AsNoTracking().Where(t => t.Id == certificate.TeamId).Select(t => new { t.PublicCode, t.Name }).FirstAsync(cancellationToken);
        var replacedBy = certificate.IsRevoked
            ? await db.Certificates.AsNoTracking().Where(c => c.Replaces == certificate.Serial).Select(c => c.Serial).FirstOrDefaultAsync(cancellationToken)
            : null;
        return new FoundCertificate(certificate, edition, team.PublicCode, team.Name, replacedBy);
    }
}
