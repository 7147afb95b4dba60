using System.Text;
using DataForLife.Web.Domain.Accounts;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.WebUtilities;

namespace DataForLife.Web.Features.Accounts;

/// <summary>The account messages: confirm an address, reset a password. Links carry Identity's one-time tokens.</summary>
public sealed class AccountMail(UserManager<AppUser> users, Messages.MailTemplates templates, Infrastructure.PublicAddress site)
{
    public async Task QueueConfirmationAsync(AppUser user)
    {
        var token = Encode(await users.GenerateEmailConfirmationTokenAsync(user));
        var link = Link($"/account/confirm-email?userId={Uri.EscapeDataString(user.Id)}&code={token}");
        await templates.QueueAsync(user.Email!, Messages.MailCatalogue.AccountConfirmation, new Dictionary<string, string> { ["name"] = user.DisplayName, ["link"] = link });
    }

    public async Task QueuePasswordResetAsync(AppUser user)
    {
        var token = Encode(await users.GeneratePasswordResetTokenAsync(user));
        var link = Link($"/account/reset-password?email={Uri.EscapeDataString(user.Email!)}&code={token}");
        await templates.QueueAsync(user.Email!, Messages.MailCatalogue.PasswordReset, new Dictionary<string, string> { ["name"] = user.DisplayName, ["link"] = link });
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
        await templates.QueueAsync(user.Email!, Messages.MailCatalogue.AlreadyRegistered,
            new Dictionary<string, string> { ["name"] = user.DisplayName, ["signin"] = signIn, ["reset"] = reset });
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
