using System.Globalization;
using System.Net;
using DataForLife.Web.Data;
using DataForLife.Web.Domain.Messages;
using DataForLife.Web.Features.Email;
using DataForLife.Web.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace DataForLife.Web.Features.Messages;

/// <summary>
/// Writes the catalogue's e-mails: the organisers' version of a template when there is one and it renders, else the
/// built-in text. Whatever is wrong with a stored template (a placeholder it names that the e-mail no longer has),
/// the e-mail still goes, in its built-in words.
/// </summary>
public sealed class MailTemplates(AppDbContext db, EmailOutbox outbox, IStringLocalizer<SharedResource> l, ILogger<MailTemplates> logger)
{
    /// <summary>Queues the e-mail in the language of the current request (Vietnamese by default) in the caller's unit of work.</summary>
    public async Task QueueAsync(string to, MailTemplateDefinition template, IReadOnlyDictionary<string, string> values, CancellationToken cancellationToken = default)
    {
        var mail = await ComposeAsync(template, values, CultureInfo.CurrentUICulture.TwoLetterISOLanguageName, cancellationToken);
        outbox.Enqueue(to, mail.Subject, mail.Text, mail.Html);
    }

    public async Task<ComposedMail> ComposeAsync(MailTemplateDefinition template, IReadOnlyDictionary<string, string> values, string culture, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(template);
        var stored = await db.MessageTemplates.AsNoTracking().FirstOrDefaultAsync(t => t.Key == template.Key, cancellationToken);
        return Compose(template, stored, values, culture);
    }

    /// <summary>Renders with <paramref name="stored"/> (the organisers' version, saved or only typed) or the built-in text.</summary>
    public ComposedMail Compose(MailTemplateDefinition template, MessageTemplate? stored, IReadOnlyDictionary<string, string> values, string culture)
    {
        ArgumentNullException.ThrowIfNull(template);
        var english = culture == Cultures.English;
        if (stored is not null)
        {
            try
            {
                var subject = TemplateText.Render(english ? stored.SubjectEn : stored.SubjectVi, values);
                var body = TemplateText.Render(english ? stored.BodyEn : stored.BodyVi, values);
                if (!string.IsNullOrWhiteSpace(subject) && !string.IsNullOrWhiteSpace(body))
                {
                    return new ComposedMail(subject.ReplaceLineEndings(" ").Trim(), body, null, FromOrganisers: true);
                }
            }
            catch (FormatException ex)
            {
                logger.LogWarning(ex, "The organisers' template {Template} does not render; the built-in text is sent", template.Key);
            }
            catch (KeyNotFoundException ex)
            {
                logger.LogWarning(ex, "The organisers' template {Template} does not render; the built-in text is sent", template.Key);
            }
        }

        return CultureScope.In(english ? Cultures.English : Cultures.Vietnamese, () => new ComposedMail(
            l[template.SubjectResource, Arguments(template.SubjectNames, values, encode: false)].Value,
            l[template.BodyResource, Arguments(template.BodyNames, values, encode: false)].Value,
            template.HtmlResource is null ? null : l[template.HtmlResource, Arguments(template.BodyNames, values, encode: true)].Value,
            FromOrganisers: false));
    }

    /// <summary>The built-in subject and body with named placeholders, as the editor starts from them.</summary>
    public (string Subject, string Body) BuiltIn(MailTemplateDefinition template, string culture)
    {
        ArgumentNullException.ThrowIfNull(template);
        return CultureScope.In(culture, () => (TemplateText.FromNumbered(l[template.SubjectResource].Value, template.SubjectNames),
            TemplateText.FromNumbered(l[template.BodyResource].Value, template.BodyNames)));
    }

    private static object[] Arguments(IReadOnlyList<string> names, IReadOnlyDictionary<string, string> values, bool encode) =>
        [.. names.Select(n => values.TryGetValue(n, out var v) ? (encode ? WebUtility.HtmlEncode(v) : v) : string.Empty)];
}
