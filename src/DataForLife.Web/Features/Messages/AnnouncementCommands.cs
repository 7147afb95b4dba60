using System.Globalization;
using DataForLife.Web.Data;
using DataForLife.Web.Domain;
using DataForLife.Web.Domain.Editions;
using DataForLife.Web.Domain.Messages;
using DataForLife.Web.Features.Audit;
using DataForLife.Web.Features.Email;
using Microsoft.EntityFrameworkCore;

namespace DataForLife.Web.Features.Messages;

/// <summary>Writes, tests, schedules and cancels announcements; an announcement due now is sent before the organiser's page returns.</summary>
public sealed class AnnouncementCommands(AppDbContext db, AuditLog audit, TimeProvider clock, SegmentResolver segments,
    AnnouncementDispatcher dispatcher, AnnouncementMail mail, EmailOutbox outbox)
{
    public sealed record Error(string Field, string MessageKey);

    public IReadOnlyList<Error> Check(Edition edition, AnnouncementInput input)
    {
        ArgumentNullException.ThrowIfNull(input);
        var errors = new List<Error>();
        if (Segment.Parse(input.Segment) is not { } segment || !segments.IsValid(edition, segment))
        {
            errors.Add(new Error(nameof(input.Segment), "Announcement.SegmentRequired"));
        }

        if (string.IsNullOrWhiteSpace(input.TitleVi) || input.TitleVi.Length > AnnouncementInput.TitleLength || input.TitleEn?.Length > AnnouncementInput.TitleLength)
        {
            errors.Add(new Error(nameof(input.TitleVi), "Announcement.TitleRequired"));
        }

        if (string.IsNullOrWhiteSpace(input.BodyVi) || input.BodyVi.Length > AnnouncementInput.BodyLength || input.BodyEn?.Length > AnnouncementInput.BodyLength)
        {
            errors.Add(new Error(nameof(input.BodyVi), "Announcement.BodyRequired"));
        }

        if (input.SendAt is { } at && (!VietnamTime.IsPlausible(at) || VietnamTime.FromLocal(at) <= clock.GetUtcNow()))
        {
            errors.Add(new Error(nameof(input.SendAt), "Announcement.SendAtPast"));
        }

        return errors;
    }

    public Announcement Draft(Edition edition, AnnouncementInput input, string organiserId)
    {
        ArgumentNullException.ThrowIfNull(edition);
        ArgumentNullException.ThrowIfNull(input);
        var now = clock.GetUtcNow().UtcDateTime;
        return new Announcement
        {
            EditionId = edition.Id, Segment = input.Segment ?? string.Empty, IsPublic = input.IsPublic, CreatedByUserId = organiserId, CreatedAtUtc = now,
            TitleVi = Clean(input.TitleVi), TitleEn = Clean(input.TitleEn), BodyVi = (input.BodyVi ?? string.Empty).Trim(), BodyEn = (input.BodyEn ?? string.Empty).Trim(),
            DueAtUtc = input.SendAt is { } at ? VietnamTime.FromLocal(at).UtcDateTime : now,
        };
    }

    /// <summary>Stores the announcement and, unless it is scheduled, sends it; the number of recipients when sent.</summary>
    public async Task<(int Id, int? Sent)> CreateAsync(Edition edition, AnnouncementInput input, string organiserId, CancellationToken cancellationToken)
    {
        var announcement = Draft(edition, input, organiserId);
        await audit.InTransactionAsync(async ct =>
        {
            db.Announcements.Add(announcement);
            await db.SaveChangesAsync(ct);
            audit.Record("announcement.created", "Announcement", announcement.Id.ToString(CultureInfo.InvariantCulture),
                after: new { announcement.Segment, announcement.TitleVi, announcement.IsPublic, due = announcement.DueAtUtc }, editionId: edition.Id);
            return announcement;
        }, cancellationToken);
        var sent = input.SendAt is null ? await dispatcher.DispatchAsync(announcement.Id, cancellationToken) : null;
        return (announcement.Id, sent);
    }

    /// <summary>The e-mail exactly as recipients will get it, to the organiser alone; nothing is stored but the outbox's message.</summary>
    public async Task SendTestAsync(Edition edition, AnnouncementInput input, Recipient organiser, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(organiser);
        var compose = await mail.PrepareAsync(Draft(edition, input, organiser.UserId), cancellationToken);
        var message = compose(organiser);
        outbox.Enqueue(organiser.Email, "[TEST] " + message.Subject, message.Text, message.Html);
        await db.SaveChangesAsync(cancellationToken);
    }

    /// <summary>Cancels a scheduled announcement not sent yet; false when it went already (or never existed).</summary>
    public async Task<bool> CancelAsync(string editionId, int id, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var cancelled = await audit.InTransactionAsync<object?>(async ct =>
        {
            var changed = await db.Announcements.Where(a => a.Id == id && a.EditionId == editionId && a.SentAtUtc == null && a.CancelledAtUtc == null)
                .ExecuteUpdateAsync(s => s.SetProperty(a => a.CancelledAtUtc, now), ct);
            if (changed == 0)
            {
                return null;
            }

            audit.Record("announcement.cancelled", "Announcement", id.ToString(CultureInfo.InvariantCulture), editionId: editionId);
            return true;
        }, cancellationToken);
        return cancelled is not null;
    }

    private static string Clean(string? text) => VietnameseText.Clean(text ?? string.Empty);
}
