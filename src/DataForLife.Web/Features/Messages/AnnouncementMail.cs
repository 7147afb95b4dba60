using DataForLife.Web.Data;
using DataForLife.Web.Domain.Messages;
using DataForLife.Web.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace DataForLife.Web.Features.Messages;

/// <summary>
/// An announcement as each recipient gets it: one e-mail in Vietnamese then English (the platform does not know which
/// language each person reads), written with the announcement template; its HTML part is the Markdown rendered and
/// sanitised like every rich text of the platform.
/// </summary>
public sealed class AnnouncementMail(AppDbContext db, MailTemplates templates, MarkdownRenderer markdown, PublicAddress site)
{
    public const string Separator = "\n\n* * *\n\n";

    /// <summary>Reads the template once and returns how to write the e-mail for any recipient.</summary>
    public async Task<Func<Recipient, ComposedMail>> PrepareAsync(Announcement announcement, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(announcement);
        var stored = await db.MessageTemplates.AsNoTracking().FirstOrDefaultAsync(t => t.Key == MailCatalogue.Announcement.Key, cancellationToken);
        var link = site.Link(announcement.IsPublic ? "/news" : "/account");
        return recipient => Compose(announcement, stored, recipient, link);
    }

    private ComposedMail Compose(Announcement announcement, MessageTemplate? stored, Recipient recipient, string link)
    {
        var vi = templates.Compose(MailCatalogue.Announcement, stored, Values(announcement.TitleVi, announcement.BodyVi, recipient, link), Cultures.Vietnamese);
        var hasEnglish = !string.IsNullOrWhiteSpace(announcement.TitleEn) && !string.IsNullOrWhiteSpace(announcement.BodyEn);
        if (!hasEnglish)
        {
            return vi with { Html = markdown.ToHtml(vi.Text) };
        }

        var en = templates.Compose(MailCatalogue.Announcement, stored, Values(announcement.TitleEn, announcement.BodyEn, recipient, link), Cultures.English);
        var subject = vi.Subject == en.Subject ? vi.Subject : vi.Subject + " / " + en.Subject;
        return new ComposedMail(subject, vi.Text + Separator + en.Text,
            markdown.ToHtml(vi.Text) + "<hr>" + markdown.ToHtml(en.Text), vi.FromOrganisers);
    }

    private static Dictionary<string, string> Values(string title, string body, Recipient recipient, string link) =>
        new() { ["title"] = title, ["body"] = body, ["name"] = recipient.Name, ["link"] = link };
}
