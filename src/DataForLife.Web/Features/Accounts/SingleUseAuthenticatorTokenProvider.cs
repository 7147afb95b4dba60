using System.Globalization;
using DataForLife.Web.Domain.Accounts;
using Microsoft.AspNetCore.Identity;

namespace DataForLife.Web.Features.Accounts;

/// <summary>
/// Authenticator-app codes (RFC 6238), checked as Identity checks them, but each accepted once (RFC 6238, 5.2): a code
/// seen over someone's shoulder or caught on its way cannot open a second session while it is still valid. The codes
/// accepted while they could still be valid are kept with the account; saving them goes through the account's
/// concurrency stamp, so of two sign-ins with one code at the same instant only one succeeds.
/// </summary>
public sealed class SingleUseAuthenticatorTokenProvider(TimeProvider clock) : AuthenticatorTokenProvider<AppUser>
{
    private const string LoginProvider = "[DataForLife]";
    private const string UsedCodesName = "UsedAuthenticatorCodes";

    /// <summary>Identity accepts a code from two 30-second steps before its own to two after: 150 s, with margin.</summary>
    private static readonly TimeSpan CodeLifetime = TimeSpan.FromMinutes(3);

    public override async Task<bool> ValidateAsync(string purpose, string token, UserManager<AppUser> manager, AppUser user)
    {
        if (!await base.ValidateAsync(purpose, token, manager, user))
        {
            return false;
        }

        var now = clock.GetUtcNow().UtcTicks;
        // "code|ticks" pairs, separated by ';', of the codes accepted within their lifetime.
        var used = (await manager.GetAuthenticationTokenAsync(user, LoginProvider, UsedCodesName) ?? string.Empty)
            .Split(';', StringSplitOptions.RemoveEmptyEntries)
            .Select(entry => entry.Split('|'))
            .Where(parts => parts.Length == 2 && long.TryParse(parts[1], NumberStyles.None, CultureInfo.InvariantCulture, out var at) && now - at < CodeLifetime.Ticks)
            .Select(parts => (Code: parts[0], At: parts[1]))
            .ToList();
        if (used.Any(u => u.Code == token))
        {
            return false;
        }

        used.Add((token, now.ToString(CultureInfo.InvariantCulture)));
        var saved = await manager.SetAuthenticationTokenAsync(user, LoginProvider, UsedCodesName, string.Join(';', used.Select(u => u.Code + "|" + u.At)));
        return saved.Succeeded;
    }
}
