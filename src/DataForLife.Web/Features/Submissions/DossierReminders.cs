using DataForLife.Web.Data;
using DataForLife.Web.Domain;
using DataForLife.Web.Domain.Submissions;
using DataForLife.Web.Features.Editions;
using DataForLife.Web.Features.Email;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace DataForLife.Web.Features.Submissions;

/// <summary>
/// Seven days and one day before the submission deadline, e-mails every member of each team with no submitted
/// dossier. Each reminder is recorded with a unique key, so it goes once even if several instances sweep.
/// </summary>
public sealed class DossierReminders(AppDbContext db, EditionStore editions, EmailOutbox outbox, TimeProvider clock, IStringLocalizer<SharedResource> l)
{
    public static readonly (string Kind, TimeSpan Before)[] Schedule = [("deadline-7d", TimeSpan.FromDays(7)), ("deadline-1d", TimeSpan.FromDays(1))];

    public async Task<int> SweepAsync(CancellationToken cancellationToken = default)
    {
        var edition = await editions.CurrentAsync(cancellationToken);
        var phase = edition?.Definition.FindPhase(DossierAccess.PhaseCode);
        var now = clock.GetUtcNow().UtcDateTime;
        if (edition is null || phase is null || now >= phase.EndsAt.UtcDateTime || now < phase.StartsAt.UtcDateTime)
        {
            return 0;
        }

        // Only the latest reminder that is due goes out: a team that registers the day before the deadline gets one.
        var due = Schedule.Where(s => now >= phase.EndsAt.UtcDateTime - s.Before).OrderBy(s => s.Before).Select(s => s.Kind).FirstOrDefault();
        if (due is null)
        {
            return 0;
        }

        var teams = await db.Teams.AsNoTracking().Include(t => t.Members)
            .Where(t => t.EditionId == edition!.Id
                && !db.Dossiers.Any(d => d.TeamId == t.Id && d.SubmittedVersion != null)
                && !db.SentReminders.Any(r => r.TeamId == t.Id && r.Kind == due))
            .ToListAsync(cancellationToken);
        foreach (var team in teams)
        {
            var ids = team.Members.Select(m => m.UserId).ToList();
            var emails = await db.Users.Where(u => ids.Contains(u.Id)).Select(u => u.Email!).ToListAsync(cancellationToken);
            db.SentReminders.Add(new SentReminder { TeamId = team.Id, Kind = due, SentAtUtc = now });
            foreach (var email in emails)
            {
                outbox.Enqueue(email, l["Mail.Reminder.Subject", team.Name], l["Mail.Reminder.Text", team.Name, VietnamTime.Format(phase.EndsAt)]);
            }

            try
            {
                await db.SaveChangesAsync(cancellationToken);
            }
            catch (DbUpdateException)
            {
                // Another instance reminded this team a moment ago.
                db.ChangeTracker.Clear();
            }
        }

        return teams.Count;
    }
}
