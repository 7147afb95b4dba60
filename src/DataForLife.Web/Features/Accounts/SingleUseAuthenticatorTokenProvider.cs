using System.Globalization;
using DataForLife.Web.Domain.Accounts;
using Microsoft.AspNetCore.Identity;

namespace DataForLife.Web.Features.Accounts;

/// <summary>
/// Authenticator-app codes (RFC 6238), checked as Identity checks them, but each accepted once (RFC 6238, 5.2): a code
/// seen over someone's shoulder or caught on its way cannot open a second session while it is still valid. The last
/// accepted code and when it was accepted are kept with the account.
/// </summary>
public sealed class SingleUseAuthenticatorTokenProvider(TimeProvider clock) : AuthenticatorTokenProvider<AppUser>
{
    private const string LoginProvider = "[DataForLife]";
    private const string LastCodeName = "LastAuthenticatorCode";

    /// <summary>Identity accepts a code from two 30-second steps before its own to two after: 150 s, with margin.</summary>
    private static readonly TimeSpan CodeLifetime = TimeSpan.FromMinutes(3);

    public override async Task<bool> ValidateAsync(string purpose, string token, UserManager<AppUser> manager, AppUser user)
    {
        if (!await base.ValidateAsync(purpose, token, manager, user))
        {
            return false;
        }

        var now = clock.GetUtcNow();
        var last = await manager.GetAuthenticationTokenAsync(user, LoginProvider, LastCodeName);
        if (last?.Split('|') is [var code, var ticks] && code == token
            && long.TryParse(ticks, NumberStyles.None, CultureInfo.InvariantCulture, out var at) && now.UtcTicks - at < CodeLifetime.Ticks)
        {
            return false;
        }

        await manager.SetAuthenticationTokenAsync(user, LoginProvider, LastCodeName, token + "|" + now.UtcTicks.ToString(CultureInfo.InvariantCulture));
        return true;
    }
}
