using System.Globalization;
using DataForLife.Web.Data;
using DataForLife.Web.Domain.Messages;
using DataForLife.Web.Features.Audit;
using DataForLife.Web.Features.Editions;
using DataForLife.Web.Features.Email;
using Microsoft.EntityFrameworkCore;

namespace DataForLife.Web.Features.Messages;

/// <summary>
/// Sends due announcements. Each is claimed by a conditional update in the transaction that writes its recipients and
/// their e-mails into the outbox: if anything fails nothing is kept and the claim is undone, and of two instances that
/// try at once only one sees the row change, so an announcement goes once. The outbox then delivers, retrying while
/// the mail server is down.
/// </summary>
public sealed class AnnouncementDispatcher(AppDbContext db, AuditLog audit, EditionStore editions, SegmentResolver segments,
    AnnouncementMail mail, EmailOutbox outbox, TimeProvider clock)
{
    public async Task<int> DispatchDueAsync(CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var due = await db.Announcements.AsNoTracking().Where(a => a.SentAtUtc == null && a.CancelledAtUtc == null && a.DueAtUtc <= now)
            .OrderBy(a => a.DueAtUtc).Select(a => a.Id).Take(20).ToListAsync(cancellationToken);
        var sent = 0;
        foreach (var id in due)
        {
            if (await DispatchAsync(id, cancellationToken) is not null)
            {
                sent++;
            }
        }

        return sent;
    }

    /// <summary>Sends the announcement if it is due and nobody sent it yet; the number of recipients, or null.</summary>
    public async Task<int?> DispatchAsync(int id, CancellationToken cancellationToken)
    {
        var count = await audit.InTransactionAsync<object?>(async ct =>
        {
            var now = clock.GetUtcNow().UtcDateTime;
            var claimed = await db.Announcements.Where(a => a.Id == id && a.SentAtUtc == null && a.CancelledAtUtc == null && a.DueAtUtc <= now)
                .ExecuteUpdateAsync(s => s.SetProperty(a => a.SentAtUtc, now), ct);
            if (claimed == 0)
            {
                return null;
            }

            var announcement = await db.Announcements.AsNoTracking().FirstAsync(a => a.Id == id, ct);
            var edition = await editions.FindAsync(announcement.EditionId, ct);
            var recipients = edition is null || Segment.Parse(announcement.Segment) is not { } segment ? [] : await segments.RecipientsAsync(edition, segment, ct);
            var compose = await mail.PrepareAsync(announcement, ct);
            foreach (var recipient in recipients)
            {
                db.AnnouncementRecipients.Add(new AnnouncementRecipient { AnnouncementId = id, UserId = recipient.UserId });
                var message = compose(recipient);
                outbox.Enqueue(recipient.Email, message.Subject, message.Text, message.Html);
            }

            await db.Announcements.Where(a => a.Id == id).ExecuteUpdateAsync(s => s.SetProperty(a => a.RecipientCount, recipients.Count), ct);
            audit.Record("announcement.sent", "Announcement", id.ToString(CultureInfo.InvariantCulture),
                after: new { segment = announcement.Segment, recipients = recipients.Count }, editionId: announcement.EditionId);
            await db.SaveChangesAsync(ct);
            return recipients.Count;
        }, cancellationToken);
        return (int?)count;
    }
}
