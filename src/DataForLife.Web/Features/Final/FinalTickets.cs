using System.Text.Encodings.Web;
using DataForLife.Web.Data;
using DataForLife.Web.Domain;
using DataForLife.Web.Domain.Editions;
using DataForLife.Web.Domain.Final;
using DataForLife.Web.Features.Audit;
using DataForLife.Web.Features.Email;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace DataForLife.Web.Features.Final;

/// <summary>
/// Tickets for the final's check-in: one per member of each finalist team, sent by e-mail (QR code and typed code)
/// and shown on the finalist's page. At the desk a ticket is let in once: a second showing, a ticket of another
/// edition or an unknown code is refused with the reason. Every decision is audit-logged.
/// </summary>
public sealed class FinalTickets(AppDbContext db, Finalists finalists, AuditLog audit, EmailOutbox outbox, Accounts.AccountMail links,
    IStringLocalizer<SharedResource> l, TimeProvider clock)
{
    public sealed record Attendee(int TeamId, string TeamCode, string TeamName, string UserId, string Name, FinalTicket? Ticket);

    /// <summary>Issues the tickets not issued yet (a member who joined later gets theirs); null while the finalists are unknown.</summary>
    public async Task<int?> IssueAsync(Edition edition, CancellationToken cancellationToken)
    {
        if (await finalists.TeamIdsAsync(edition, cancellationToken) is not { } teamIds)
        {
            return null;
        }

        var now = clock.GetUtcNow().UtcDateTime;
        var issued = 0;
        foreach (var attendee in (await AttendeesAsync(edition.Id, teamIds, cancellationToken)).Where(a => a.Ticket is null))
        {
            var ticket = FinalTicket.Issue(edition.Id, attendee.TeamId, attendee.UserId, TicketCode.New(), now);
            db.FinalTickets.Add(ticket);
            var email = await db.Users.Where(u => u.Id == attendee.UserId).Select(u => u.Email!).FirstAsync(cancellationToken);
            Mail(edition, attendee, ticket, email);
            issued++;
        }

        audit.Record("final.tickets-issued", nameof(Edition), edition.Id, after: new { issued }, editionId: edition.Id);
        await audit.SaveChangesAsync(cancellationToken);
        return issued;
    }

    public async Task<IReadOnlyList<Attendee>> AttendeesAsync(Edition edition, CancellationToken cancellationToken) =>
        await finalists.TeamIdsAsync(edition, cancellationToken) is { } teamIds ? await AttendeesAsync(edition.Id, teamIds, cancellationToken) : [];

    public async Task<FinalTicket?> TicketOfAsync(string editionId, string userId, CancellationToken cancellationToken) =>
        await db.FinalTickets.AsNoTracking().FirstOrDefaultAsync(t => t.EditionId == editionId && t.UserId == userId, cancellationToken);

    /// <param name="shown">What the scanner read (the QR's payload) or the organiser typed (the code).</param>
    public async Task<CheckInResult> CheckInAsync(Edition edition, string? shown, string organiserId, CancellationToken cancellationToken)
    {
        var read = TicketCode.Read(shown);
        var ticket = read is null ? null : await db.FinalTickets.AsNoTracking().FirstOrDefaultAsync(t => t.Code == read.Value.Code, cancellationToken);
        var foreign = read?.EditionId is { } named && named != edition.Id ? named : ticket is not null && ticket.EditionId != edition.Id ? ticket.EditionId : null;
        if (ticket is null || foreign is not null)
        {
            CheckInResult refused = foreign is null ? new CheckInResult.Unknown() : new CheckInResult.OtherEdition(foreign);
            audit.Record("final.check-in-refused", nameof(FinalTicket), read is null ? "?" : TicketCode.Display(read.Value.Code),
                after: new { reason = foreign is null ? "unknown" : "other edition " + foreign }, editionId: edition.Id);
            await audit.SaveChangesAsync(cancellationToken);
            return refused;
        }

        var now = clock.GetUtcNow().UtcDateTime;
        var name = await NameAsync(ticket.UserId, cancellationToken);
        return await audit.InTransactionAsync<CheckInResult>(async ct =>
        {
            // Two desks scanning the same ticket at once: the conditional update lets one of them in.
            var admitted = await db.FinalTickets.Where(t => t.Id == ticket.Id && t.CheckedInAtUtc == null)
                .ExecuteUpdateAsync(s => s.SetProperty(t => t.CheckedInAtUtc, now).SetProperty(t => t.CheckedInByUserId, organiserId), ct) == 1;
            var current = await db.FinalTickets.AsNoTracking().FirstAsync(t => t.Id == ticket.Id, ct);
            var team = await db.Teams.AsNoTracking().Where(t => t.Id == ticket.TeamId).Select(t => new { t.PublicCode, t.Name }).FirstAsync(ct);
            audit.Record(admitted ? "final.checked-in" : "final.check-in-refused", nameof(FinalTicket), TicketCode.Display(ticket.Code),
                after: admitted ? new { person = name, team = team.PublicCode } : new { person = name, reason = "already used", at = VietnamTime.Format(current.CheckedInAtUtc!.Value) },
                editionId: edition.Id);
            return admitted
                ? new CheckInResult.Admitted(current, name, team.PublicCode, team.Name)
                : new CheckInResult.AlreadyUsed(current, name, current.CheckedInAtUtc!.Value);
        }, cancellationToken);
    }

    private async Task<string> NameAsync(string userId, CancellationToken cancellationToken) =>
        await db.Profiles.Where(p => p.UserId == userId).Select(p => p.FullName).FirstOrDefaultAsync(cancellationToken)
        ?? await db.Users.Where(u => u.Id == userId).Select(u => u.DisplayName).FirstAsync(cancellationToken);

    private async Task<IReadOnlyList<Attendee>> AttendeesAsync(string editionId, IReadOnlyList<int> teamIds, CancellationToken cancellationToken)
    {
        var teams = await db.Teams.AsNoTracking().Include(t => t.Members).Where(t => teamIds.Contains(t.Id)).ToListAsync(cancellationToken);
        var userIds = teams.SelectMany(t => t.Members).Select(m => m.UserId).ToList();
        var names = await db.Profiles.AsNoTracking().Where(p => userIds.Contains(p.UserId)).ToDictionaryAsync(p => p.UserId, p => p.FullName, cancellationToken);
        var accounts = await db.Users.AsNoTracking().Where(u => userIds.Contains(u.Id)).ToDictionaryAsync(u => u.Id, u => u.DisplayName, cancellationToken);
        var tickets = await db.FinalTickets.AsNoTracking().Where(t => t.EditionId == editionId).ToDictionaryAsync(t => t.UserId, cancellationToken);
        return [.. teams.OrderBy(t => t.PublicCode, StringComparer.Ordinal).SelectMany(t => t.Members.OrderByDescending(m => m.IsLeader).ThenBy(m => m.JoinedAtUtc)
            .Select(m => new Attendee(t.Id, t.PublicCode, t.Name, m.UserId, names.GetValueOrDefault(m.UserId) ?? accounts.GetValueOrDefault(m.UserId) ?? string.Empty,
                tickets.GetValueOrDefault(m.UserId))))];
    }

    private void Mail(Edition edition, Attendee attendee, FinalTicket ticket, string email)
    {
        var final = edition.Definition.Final;
        var code = TicketCode.Display(ticket.Code);
        var venue = final.Venue.Vi.Length > 0 ? $"{final.Venue.Current}, {final.Address.Current}" : l["Final.VenueLater"].Value;
        var checkIn = final.CheckInAt is { } at ? VietnamTime.Format(at) + " (" + l["Time.Zone"] + ")" : l["Final.CheckInLater"].Value;
        var link = links.Link("/team/final");
        var qr = TicketQr.DataUri(TicketCode.Payload(edition.Id, ticket.Code));
        outbox.Enqueue(email, l["Mail.Ticket.Subject", edition.Definition.Name.Current],
            l["Mail.Ticket.Text", attendee.Name, attendee.TeamName, venue, checkIn, final.Bring.Current, code, link],
            l["Mail.Ticket.Html", HtmlEncoder.Default.Encode(attendee.Name), HtmlEncoder.Default.Encode(attendee.TeamName), HtmlEncoder.Default.Encode(venue),
                HtmlEncoder.Default.Encode(checkIn), HtmlEncoder.Default.Encode(final.Bring.Current), qr, code, HtmlEncoder.Default.Encode(link)]);
    }
}
