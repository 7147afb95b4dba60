using System.Globalization;
using DataForLife.Web.Domain.Voting;
using Microsoft.AspNetCore.DataProtection;

namespace DataForLife.Web.Features.Voting;

/// <summary>
/// Remembers a verified reader in a protected cookie (<see cref="CookieName"/>) for <see cref="Lifetime"/>: readers vote
/// without an account, and the cookie says nothing readable about them.
/// </summary>
public sealed class VoterSession(IDataProtectionProvider protection, TimeProvider clock)
{
    public const string CookieName = "dfl-voter";

    public static readonly TimeSpan Lifetime = TimeSpan.FromDays(30);

    private readonly IDataProtector _protector = protection.CreateProtector("DataForLife.Voting.Voter.v1");

    public VoterIdentity? Current(HttpContext http)
    {
        ArgumentNullException.ThrowIfNull(http);
        if (!http.Request.Cookies.TryGetValue(CookieName, out var value) || string.IsNullOrEmpty(value))
        {
            return null;
        }

        try
        {
            var parts = _protector.Unprotect(value).Split('\n');
            if (parts.Length != 3 || !Enum.TryParse<VoterChannel>(parts[0], out var channel)
                || !long.TryParse(parts[2], NumberStyles.None, CultureInfo.InvariantCulture, out var expires)
                || clock.GetUtcNow().UtcTicks >= expires)
            {
                return null;
            }

            return new VoterIdentity(channel, parts[1]);
        }
        catch (System.Security.Cryptography.CryptographicException)
        {
            return null;
        }
    }

    public void SignIn(HttpContext http, VoterIdentity voter)
    {
        ArgumentNullException.ThrowIfNull(http);
        ArgumentNullException.ThrowIfNull(voter);
        var expires = clock.GetUtcNow().Add(Lifetime);
        var payload = string.Join('\n', voter.Channel.ToString(), voter.Address, expires.UtcTicks.ToString(CultureInfo.InvariantCulture));
        // Max-Age rather than an expiry date: the browser counts the 30 days from its own clock, whatever the server's says;
        // the server checks the expiry sealed in the payload.
        http.Response.Cookies.Append(CookieName, _protector.Protect(payload), new CookieOptions
        {
            HttpOnly = true, Secure = http.Request.IsHttps, SameSite = SameSiteMode.Lax, MaxAge = Lifetime, IsEssential = true, Path = "/",
        });
    }

    public void SignOut(HttpContext http)
    {
        ArgumentNullException.ThrowIfNull(http);
        http.Response.Cookies.Delete(CookieName, new CookieOptions { Path = "/" });
    }
}
