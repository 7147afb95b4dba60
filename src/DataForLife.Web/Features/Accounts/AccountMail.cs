using System.Text;
using System.Text.Encodings.Web;
using DataForLife.Web.Domain.Accounts;
using DataForLife.Web.Features.Email;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.WebUtilities;
using Microsoft.Extensions.Localization;

namespace DataForLife.Web.Features.Accounts;

/// <summary>The account messages: confirm an address, reset a password. Links carry Identity's one-time tokens.</summary>
public sealed class AccountMail(UserManager<AppUser> users, EmailOutbox outbox, IStringLocalizer<SharedResource> l,
    Infrastructure.PublicAddress site)
{
    public async Task QueueConfirmationAsync(AppUser user)
    {
        var token = Encode(await users.GenerateEmailConfirmationTokenAsync(user));
        var link = Link($"/account/confirm-email?userId={Uri.EscapeDataString(user.Id)}&code={token}");
        outbox.Enqueue(user.Email!, l["Mail.Confirm.Subject"], l["Mail.Confirm.Text", user.DisplayName, link],
            l["Mail.Confirm.Html", HtmlEncoder.Default.Encode(user.DisplayName), HtmlEncoder.Default.Encode(link)]);
    }

    public async Task QueuePasswordResetAsync(AppUser user)
    {
        var token = Encode(await users.GeneratePasswordResetTokenAsync(user));
        var link = Link($"/account/reset-password?email={Uri.EscapeDataString(user.Email!)}&code={token}");
        outbox.Enqueue(user.Email!, l["Mail.Reset.Subject"], l["Mail.Reset.Text", user.DisplayName, link],
            l["Mail.Reset.Html", HtmlEncoder.Default.Encode(user.DisplayName), HtmlEncoder.Default.Encode(link)]);
    }

    /// <summary>Tells an account's owner that someone tried to register with their address, and how to get back in.</summary>
    public async Task QueueAlreadyRegisteredAsync(string email)
    {
        var user = await users.FindByEmailAsync(email);
        if (user is null)
        {
            return;
        }

        var signIn = Link("/account/login");
        var reset = Link("/account/forgot-password");
        outbox.Enqueue(user.Email!, l["Mail.AlreadyRegistered.Subject"], l["Mail.AlreadyRegistered.Text", user.DisplayName, signIn, reset],
            l["Mail.AlreadyRegistered.Html", HtmlEncoder.Default.Encode(user.DisplayName), HtmlEncoder.Default.Encode(signIn), HtmlEncoder.Default.Encode(reset)]);
        await users.UpdateAsync(user);
    }

    public static string Encode(string token) => WebEncoders.Base64UrlEncode(Encoding.UTF8.GetBytes(token));

    public static string? Decode(string? code)
    {
        if (string.IsNullOrEmpty(code))
        {
            return null;
        }

        try
        {
            return Encoding.UTF8.GetString(WebEncoders.Base64UrlDecode(code));
        }
        catch (FormatException)
        {
            return null;
        }
    }

    /// <summary>An absolute link on the platform's public address (<see cref="Infrastructure.PublicAddress"/>).</summary>
    public string Link(string pathAndQuery) => site.Link(pathAndQuery);
}
