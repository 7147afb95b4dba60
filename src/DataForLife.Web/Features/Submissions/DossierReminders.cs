using System.Globalization;
using DataForLife.Web.Data;
using DataForLife.Web.Domain;
using DataForLife.Web.Domain.Submissions;
using DataForLife.Web.Features.Editions;
using Microsoft.EntityFrameworkCore;

namespace DataForLife.Web.Features.Submissions;

/// <summary>
/// Seven days and one day before a team's submission deadline (the edition's, or the later one an organiser gave the
/// team), e-mails every member of each team with no submitted dossier. Each reminder is recorded with a unique key (the
/// kind, and for an extended deadline that deadline too), so it goes once even if several instances sweep, and a team
/// given more time is reminded again before its own deadline.
/// </summary>
public sealed class DossierReminders(AppDbContext db, EditionStore editions, Messages.MailTemplates templates, TimeProvider clock)
{
    public static readonly (string Kind, TimeSpan Before)[] Schedule = [("deadline-7d", TimeSpan.FromDays(7)), ("deadline-1d", TimeSpan.FromDays(1))];

    public async Task<int> SweepAsync(CancellationToken cancellationToken = default)
    {
        var edition = await editions.CurrentAsync(cancellationToken);
        var phase = edition?.Definition.FindPhase(DossierAccess.PhaseCode);
        var now = clock.GetUtcNow().UtcDateTime;
        if (edition is null || phase is null || now < phase.StartsAt.UtcDateTime)
        {
            return 0;
        }

        var editionDeadline = phase.EndsAt.UtcDateTime;
        var extensions = await db.Dossiers.AsNoTracking().Where(d => d.EditionId == edition.Id && d.ExtendedUntilUtc > editionDeadline)
            .ToDictionaryAsync(d => d.TeamId, d => d.ExtendedUntilUtc!.Value, cancellationToken);
        if (now >= editionDeadline && extensions.Values.All(until => now >= until))
        {
            return 0;
        }

        var teams = await db.Teams.AsNoTracking().Include(t => t.Members)
            .Where(t => t.EditionId == edition.Id && !db.Dossiers.Any(d => d.TeamId == t.Id && d.SubmittedVersion != null))
            .ToListAsync(cancellationToken);
        var ids = teams.Select(t => t.Id).ToList();
        var sent = (await db.SentReminders.AsNoTracking().Where(r => ids.Contains(r.TeamId)).Select(r => new { r.TeamId, r.Kind }).ToListAsync(cancellationToken))
            .Select(r => (r.TeamId, r.Kind)).ToHashSet();
        var reminded = 0;
        foreach (var team in teams)
        {
            var deadline = Dossier.Deadline(extensions.TryGetValue(team.Id, out var until) ? until : null, editionDeadline);
            // Only the latest reminder that is due goes out: a team that registers the day before its deadline gets one.
            var due = now < deadline ? Schedule.Where(s => now >= deadline - s.Before).OrderBy(s => s.Before).Select(s => s.Kind).FirstOrDefault() : null;
            var kind = due is null || deadline == editionDeadline ? due : due + "@" + deadline.ToString("yyyyMMddHHmm", CultureInfo.InvariantCulture);
            if (kind is null || sent.Contains((team.Id, kind)))
            {
                continue;
            }

            var memberIds = team.Members.Select(m => m.UserId).ToList();
            var emails = await db.Users.Where(u => memberIds.Contains(u.Id)).Select(u => u.Email!).ToListAsync(cancellationToken);
            db.SentReminders.Add(new SentReminder { TeamId = team.Id, Kind = kind, SentAtUtc = now });
            foreach (var email in emails)
            {
                await templates.QueueAsync(email, Messages.MailCatalogue.DeadlineReminder,
                    new Dictionary<string, string> { ["team"] = team.Name, ["deadline"] = VietnamTime.Format(deadline) }, cancellationToken);
            }

            try
            {
                await db.SaveChangesAsync(cancellationToken);
                reminded++;
            }
            catch (DbUpdateException)
            {
                // Another instance reminded this team a moment ago.
                db.ChangeTracker.Clear();
            }
        }

        return reminded;
    }
}
