using System.Collections.Frozen;
using System.Text.Json;

namespace DataForLife.Web.Features.Voting.Readers;

/// <summary>
/// Domains of throw-away mailboxes, which would let one person verify as many voters as they like. The list is data
/// (<see cref="FileName"/>, a JSON array of domains, copied beside the app when it is built) so organisers can add to
/// it without touching code; it is read once, when first needed.
/// </summary>
public sealed class DisposableEmailDomains(IEnumerable<string> domains)
{
    public const string FileName = "disposable-email-domains.json";

    private readonly FrozenSet<string> _domains = domains.Select(d => d.Trim().TrimEnd('.').ToLowerInvariant()).Where(d => d.Length > 0).ToFrozenSet(StringComparer.Ordinal);

    /// <summary>Where the list is read from: beside the app, in the folder the source keeps it in.</summary>
    public static string DefaultPath => Path.Combine(AppContext.BaseDirectory, "Features", "Voting", "Readers", FileName);

    public int Count => _domains.Count;

    public static DisposableEmailDomains Load(string path)
    {
        using var stream = File.OpenRead(path);
        var domains = JsonSerializer.Deserialize<string[]>(stream) ?? throw new JsonException($"{path} holds no list of domains.");
        return new DisposableEmailDomains(domains);
    }

    /// <summary>Whether the domain, or any domain it is a subdomain of, is on the list (mail.yopmail.com is yopmail.com's).</summary>
    public bool Contains(string domain)
    {
        ArgumentNullException.ThrowIfNull(domain);
        var candidate = domain.Trim().TrimEnd('.').ToLowerInvariant();
        while (candidate.Length > 0)
        {
            if (_domains.Contains(candidate))
            {
                return true;
            }

            var dot = candidate.IndexOf('.', StringComparison.Ordinal);
            candidate = dot < 0 ? string.Empty : candidate[(dot + 1)..];
        }

        return false;
    }
}
