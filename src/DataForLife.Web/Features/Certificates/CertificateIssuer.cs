using DataForLife.Web.Data;
using DataForLife.Web.Domain.Ceremony;
using DataForLife.Web.Domain.Editions;
using DataForLife.Web.Features.Audit;
using DataForLife.Web.Features.Judging;
using DataForLife.Web.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace DataForLife.Web.Features.Certificates;

/// <summary>
/// Issues the certificates when the final is published: one per member of each prize-winning team, and by the
/// edition's setting certificates of participation for the other finalists (TOP 10) and the first round's selection
/// (TOP 30). Organisers revoke one (with a reason) and reissue it, for example with a name spelt right.
/// </summary>
public sealed class CertificateIssuer(AppDbContext db, RoundEntries entries, AuditLog audit, IStringLocalizer<SharedResource> l, TimeProvider clock)
{
    public enum Outcome
    {
        Done,
        NotFound,
        ReasonRequired,
        NameRequired,
        AlreadyRevoked,
    }

    /// <summary>Adds the edition's certificates to the unit of work (the caller commits them with the publication).</summary>
    public async Task IssueAsync(JudgingRound final, IReadOnlyList<int> finalists, IReadOnlyList<Award> awards, CancellationToken cancellationToken)
    {
        var definition = final.Edition.Definition;
        var issuedAt = IssueTime(definition.Ceremony);
        var holders = new List<(int TeamId, CertificateKind Kind, LocalizedText Award)>();
        holders.AddRange(awards.Select(a => (a.TeamId, CertificateKind.Prize, a.PrizeName)));
        var awarded = awards.Select(a => a.TeamId).ToHashSet();
        if (definition.Ceremony.CertifyFinalists)
        {
            var title = CultureScope.Both(() => l["Certificate.Finalist", finalists.Count].Value);
            holders.AddRange(finalists.Where(t => !awarded.Contains(t)).Select(t => (t, CertificateKind.Finalist, title)));
        }

        if (definition.Ceremony.CertifySelected && definition.Rounds.Count > 1
            && await entries.AdvancingFromAsync(final.EditionId, definition.Rounds[0].Code, definition.Rounds[0].Quota, cancellationToken) is { } selected)
        {
            var title = CultureScope.Both(() => l["Certificate.Selected", definition.Rounds[0].Quota].Value);
            holders.AddRange(selected.Where(t => !finalists.Contains(t)).Select(t => (t, CertificateKind.Selected, title)));
        }

        var teamIds = holders.Select(h => h.TeamId).ToList();
        var members = await (from m in db.TeamMembers.AsNoTracking()
                             join u in db.Users.AsNoTracking() on m.UserId equals u.Id
                             join p in db.Profiles.AsNoTracking() on m.UserId equals p.UserId into profiles
                             from p in profiles.DefaultIfEmpty()
                             where teamIds.Contains(m.TeamId)
                             orderby m.TeamId, m.IsLeader descending, m.JoinedAtUtc
                             select new { m.TeamId, m.UserId, Name = p != null ? p.FullName : u.DisplayName }).ToListAsync(cancellationToken);
        foreach (var (teamId, kind, award) in holders)
        {
            foreach (var member in members.Where(m => m.TeamId == teamId))
            {
                db.Certificates.Add(New(final.EditionId, teamId, member.UserId, member.Name, kind, award, issuedAt));
            }
        }

        audit.Record("certificates.issued", "Edition", final.EditionId, after: new { count = members.Count(m => teamIds.Contains(m.TeamId)) }, editionId: final.EditionId);
    }

    public async Task<Outcome> RevokeAsync(string editionId, string serial, string? reason, CancellationToken cancellationToken)
    {
        if (string.IsNullOrWhiteSpace(reason))
        {
            return Outcome.ReasonRequired;
        }

        var certificate = await db.Certificates.FirstOrDefaultAsync(c => c.EditionId == editionId && c.Serial == serial, cancellationToken);
        if (certificate is null)
        {
            return Outcome.NotFound;
        }

        if (certificate.IsRevoked)
        {
            return Outcome.AlreadyRevoked;
        }

        certificate.Revoke(reason, clock.GetUtcNow().UtcDateTime);
        audit.Record("certificate.revoked", "Certificate", serial, after: new { holder = certificate.HolderName }, editionId: editionId, reason: reason.Trim());
        await audit.SaveChangesAsync(cancellationToken);
        return Outcome.Done;
    }

    /// <summary>Revokes the certificate (the reason says it was replaced) and issues a new one, with the name given.</summary>
    public async Task<(Outcome Outcome, string? Serial)> ReissueAsync(string editionId, string serial, string? holderName, string? reason, CancellationToken cancellationToken)
    {
        var name = holderName is null ? string.Empty : Domain.VietnameseText.Clean(holderName);
        if (string.IsNullOrWhiteSpace(reason))
        {
            return (Outcome.ReasonRequired, null);
        }

        if (name.Length == 0)
        {
            return (Outcome.NameRequired, null);
        }

        var old = await db.Certificates.FirstOrDefaultAsync(c => c.EditionId == editionId && c.Serial == serial, cancellationToken);
        if (old is null)
        {
            return (Outcome.NotFound, null);
        }

        if (old.IsRevoked)
        {
            return (Outcome.AlreadyRevoked, null);
        }

        var now = clock.GetUtcNow().UtcDateTime;
        var replacement = New(editionId, old.TeamId, old.UserId, name, old.Kind, old.Award, now);
        replacement.Replaces = old.Serial;
        old.Revoke(l["Certificate.ReplacedBy", replacement.Serial, reason.Trim()].Value, now);
        db.Certificates.Add(replacement);
        audit.Record("certificate.reissued", "Certificate", serial, before: new { holder = old.HolderName },
            after: new { serial = replacement.Serial, holder = replacement.HolderName }, editionId: editionId, reason: reason.Trim());
        await audit.SaveChangesAsync(cancellationToken);
        return (Outcome.Done, replacement.Serial);
    }

    /// <summary>Certificates carry the ceremony's date when it is still to come, else the day they are issued.</summary>
    private DateTime IssueTime(CeremonySettings ceremony)
    {
        var now = clock.GetUtcNow();
        return (ceremony.ResultsAt is { } at && at > now ? at : now).UtcDateTime;
    }

    private static Certificate New(string editionId, int teamId, string userId, string name, CertificateKind kind, LocalizedText award, DateTime issuedAtUtc) => new()
    {
        Serial = CertificateSerial.New(), EditionId = editionId, TeamId = teamId, UserId = userId,
        HolderName = name.Normalize(System.Text.NormalizationForm.FormC), Kind = kind, AwardVi = award.Vi, AwardEn = award.En, IssuedAtUtc = issuedAtUtc,
    };
}
