using System.Net;
using DataForLife.Web.Domain.Editions;

namespace DataForLife.Web.Features.Email;

/// <summary>The organisers' contact point at the end of every e-mail, in Vietnamese then English.</summary>
public static class ContactSignature
{
    public static string Text(string body, ContactPoint? contact) =>
        contact is null || contact.IsEmpty ? body : body.TrimEnd() + "\n\n-- \n" + string.Join('\n', Lines(contact));

    public static string? Html(string? body, ContactPoint? contact) =>
        body is null || contact is null || contact.IsEmpty ? body
            : body + "<hr><p>" + string.Join("<br>", Lines(contact).Select(WebUtility.HtmlEncode)) + "</p>";

    private static IEnumerable<string> Lines(ContactPoint contact)
    {
        yield return "Liên hệ Ban Tổ chức / Organisers' contact:";
        foreach (var line in new[] { contact.Unit.Vi, contact.Unit.En == contact.Unit.Vi ? string.Empty : contact.Unit.En, contact.Address.Vi, contact.Email, contact.Phone })
        {
            if (!string.IsNullOrWhiteSpace(line))
            {
                yield return line;
            }
        }
    }
}
