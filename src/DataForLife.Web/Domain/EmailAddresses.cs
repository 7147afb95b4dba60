using System.Text.RegularExpressions;

namespace DataForLife.Web.Domain;

/// <summary>
/// What the platform takes as an e-mail address it can write to (a reader's, an invited member's, a staff member's):
/// one form, trimmed and in lower case, of at most <see cref="MaxLength"/> characters.
/// </summary>
public static partial class EmailAddresses
{
    /// <summary>The longest address mail servers deliver to (RFC 5321's path limit less its angle brackets).</summary>
    public const int MaxLength = 254;

    /// <summary>The address trimmed and in lower case, or null when it is not a plausible e-mail address.</summary>
    public static string? Normalise(string? text)
    {
        var email = text?.Trim().ToLowerInvariant();
        return email is { Length: > 0 and <= MaxLength } && Pattern().IsMatch(email) ? email : null;
    }

    /// <summary>Providers that deliver an address with dots anywhere in its local part to the same mailbox.</summary>
    private static readonly HashSet<string> DotBlindDomains = ["gmail.com", "googlemail.com"];

    /// <summary>
    /// The mailbox a normalised address delivers to, for counting one reader once (the address as typed is kept for
    /// sending): a sub-address after "+" is dropped (reader+2@example.vn is reader@example.vn), and at Gmail, which
    /// ignores dots, so are the local part's dots, googlemail.com being gmail.com.
    /// </summary>
    public static string Mailbox(string normalisedAddress)
    {
        ArgumentNullException.ThrowIfNull(normalisedAddress);
        var at = normalisedAddress.LastIndexOf('@');
        if (at <= 0)
        {
            return normalisedAddress;
        }

        var local = normalisedAddress[..at];
        var domain = normalisedAddress[(at + 1)..];
        var plus = local.IndexOf('+', StringComparison.Ordinal);
        if (plus > 0)
        {
            local = local[..plus];
        }

        if (DotBlindDomains.Contains(domain))
        {
            local = local.Replace(".", string.Empty, StringComparison.Ordinal);
            domain = "gmail.com";
        }

        return local.Length == 0 ? normalisedAddress : local + "@" + domain;
    }

    // A local part of the usual characters (dot-separated, no leading, trailing or double dot; at most 64), an at
    // sign, and a domain of letter-digit-hyphen labels ending in a top-level domain of at least two letters.
    [GeneratedRegex(@"^(?=.{1,64}@)[a-z0-9!#$%&'*+/=?^_`{|}~-]+(\.[a-z0-9!#$%&'*+/=?^_`{|}~-]+)*@([a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?\.)+[a-z]{2,63}\z", RegexOptions.CultureInvariant)]
    private static partial Regex Pattern();
}
