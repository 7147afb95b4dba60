using System.Diagnostics.CodeAnalysis;

namespace DataForLife.Web.Infrastructure;

/// <summary>
/// Whether an address sent back to us (a return address after sign-in, a language switch) stays on this site: a path
/// starting with one slash, not "//" or "/\" (another host), without control characters (which a local redirect
/// refuses, and which have no place in an address we wrote). Every return address in the platform is checked here.
/// </summary>
public static class LocalUrl
{
    public static bool IsSafe([NotNullWhen(true)] string? url) =>
        url is { Length: > 0 } && url[0] == '/' && !url.StartsWith("//", StringComparison.Ordinal) && !url.StartsWith("/\\", StringComparison.Ordinal)
        && !url.Any(char.IsControl);

    /// <summary>The address if it is safe, otherwise <paramref name="fallback"/>.</summary>
    public static string OrDefault(string? url, string fallback) => IsSafe(url) ? url : fallback;
}
