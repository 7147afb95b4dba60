using DataForLife.Web.Domain.Accounts;
using Microsoft.AspNetCore.Identity;

namespace DataForLife.Web.Features.Accounts;

/// <summary>
/// A password check for an address with no account, so that signing in to one takes as long as to a real account and
/// the time of the answer does not tell which addresses are registered.
/// </summary>
public static class UnknownAccount
{
    private static readonly AppUser Nobody = new() { UserName = "nobody", Email = "nobody" };
    private static string? _hash;

    public static void Check(IPasswordHasher<AppUser> hasher, string password)
    {
        var hash = _hash ??= hasher.HashPassword(Nobody, Guid.NewGuid().ToString("N"));
        _ = hasher.VerifyHashedPassword(Nobody, hash, password);
    }
}
