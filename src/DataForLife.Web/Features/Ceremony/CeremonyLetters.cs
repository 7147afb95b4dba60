using DataForLife.Web.Data;
using DataForLife.Web.Features.Certificates;
using DataForLife.Web.Features.Email;
using DataForLife.Web.Features.Judging;
using DataForLife.Web.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace DataForLife.Web.Features.Ceremony;

/// <summary>
/// The final's letters, written when its results go public: each member of a prize-winning team learns the prize and
/// its amount, each finalist without a prize is thanked as a finalist; everyone gets the link to their own certificate.
/// </summary>
public sealed class CeremonyLetters(AppDbContext db, EmailOutbox outbox, CertificateLinks links, IStringLocalizer<SharedResource> l)
{
    /// <summary>Adds the letters to the unit of work and returns how many.</summary>
    public async Task<int> QueueAsync(JudgingRound final, IReadOnlyList<int> finalists, CancellationToken cancellationToken)
    {
        var awards = await db.Awards.AsNoTracking().Where(a => a.EditionId == final.EditionId).ToDictionaryAsync(a => a.TeamId, cancellationToken);
        var certificates = (await db.Certificates.AsNoTracking().Where(c => c.EditionId == final.EditionId && c.RevokedAtUtc == null).ToListAsync(cancellationToken))
            .GroupBy(c => c.UserId).ToDictionary(g => g.Key, g => g.OrderByDescending(c => c.IssuedAtUtc).First());
        var teams = await db.Teams.AsNoTracking().Include(t => t.Members).Where(t => finalists.Contains(t.Id)).ToListAsync(cancellationToken);
        var userIds = teams.SelectMany(t => t.Members).Select(m => m.UserId).ToList();
        var emails = await db.Users.AsNoTracking().Where(u => userIds.Contains(u.Id)).ToDictionaryAsync(u => u.Id, u => u.Email!, cancellationToken);
        var edition = final.Edition.Definition.Name.Vi;
        var count = 0;
        // Letters are written in Vietnamese, the contest's language, whoever triggers them.
        CultureScope.In(Cultures.Vietnamese, () =>
        {
            foreach (var team in teams.OrderBy(t => t.Sequence))
            {
                var body = awards.TryGetValue(team.Id, out var award)
                    ? l["Mail.Ceremony.Prize", team.Name, award.PrizeNameVi, edition, Format.Vnd(award.AmountVnd)].Value
                    : l["Mail.Ceremony.Finalist", team.Name, edition].Value;
                foreach (var member in team.Members.Where(m => emails.ContainsKey(m.UserId)))
                {
                    var certificate = certificates.GetValueOrDefault(member.UserId);
                    var text = certificate is null ? body : body + "\n\n" + l["Mail.Ceremony.Certificate", certificate.HolderName, links.Verification(certificate.Serial)].Value;
                    outbox.Enqueue(emails[member.UserId], l["Mail.Ceremony.Subject", edition, team.Name], text);
                    count++;
                }
            }

            return count;
        });
        return count;
    }
}
