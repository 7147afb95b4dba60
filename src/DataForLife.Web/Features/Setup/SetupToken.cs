using System.Security.Cryptography;
using System.Text;
using DataForLife.Web.Data;
using DataForLife.Web.Domain;
using DataForLife.Web.Domain.Accounts;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.WebUtilities;
using Microsoft.EntityFrameworkCore;

namespace DataForLife.Web.Features.Setup;

/// <summary>
/// The one-time secret that /setup asks for, besides a browser on the server itself: behind a proxy on the same
/// machine that does not forward the client's address, every reader looks like the server. Only its hash is stored;
/// the token itself is printed in the server's log at first start, or by <c>dfl setup token</c>, and is retired
/// once the first organiser exists.
/// </summary>
public sealed class SetupToken(AppDbContext db, UserManager<AppUser> users)
{
    public const string SettingKey = "SetupTokenHash";

    public async Task<bool> OrganiserExistsAsync() => (await users.GetUsersInRoleAsync(Roles.Organizer)).Count > 0;

    /// <summary>A new token, replacing any earlier one.</summary>
    public async Task<string> IssueAsync(CancellationToken cancellationToken)
    {
        var token = WebEncoders.Base64UrlEncode(RandomNumberGenerator.GetBytes(24));
        var setting = await db.SiteSettings.FirstOrDefaultAsync(s => s.Key == SettingKey, cancellationToken);
        if (setting is null)
        {
            db.SiteSettings.Add(new SiteSetting(SettingKey, Hash(token)));
        }
        else
        {
            setting.Value = Hash(token);
        }

        await db.SaveChangesAsync(cancellationToken);
        return token;
    }

    /// <summary>A token for the log at start, when no organiser exists and none was issued before; otherwise null.</summary>
    public async Task<string?> IssueAtFirstStartAsync(CancellationToken cancellationToken)
    {
        if (await OrganiserExistsAsync() || await db.SiteSettings.AnyAsync(s => s.Key == SettingKey, cancellationToken))
        {
            return null;
        }

        try
        {
            return await IssueAsync(cancellationToken);
        }
        catch (DbUpdateException)
        {
            // Another instance starting at the same moment issued it (and printed it in its own log).
            return null;
        }
    }

    public async Task<bool> AcceptsAsync(string? token, CancellationToken cancellationToken)
    {
        var stored = await db.SiteSettings.AsNoTracking().Where(s => s.Key == SettingKey).Select(s => s.Value).FirstOrDefaultAsync(cancellationToken);
        return stored is not null && !string.IsNullOrEmpty(token)
            && CryptographicOperations.FixedTimeEquals(Encoding.ASCII.GetBytes(stored), Encoding.ASCII.GetBytes(Hash(token.Trim())));
    }

    /// <summary>Removes the token (in the caller's unit of work): the first organiser exists.</summary>
    public async Task RetireAsync(CancellationToken cancellationToken) =>
        db.SiteSettings.RemoveRange(await db.SiteSettings.Where(s => s.Key == SettingKey).ToListAsync(cancellationToken));

    private static string Hash(string token) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(token)));
}
