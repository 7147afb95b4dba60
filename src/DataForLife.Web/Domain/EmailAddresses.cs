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

    // A local part of the usual characters (dot-separated, no leading, trailing or double dot; at most 64), an at
    // sign, and a domain of letter-digit-hyphen labels ending in a top-level domain of at least two letters.
    [GeneratedRegex(@"^(?=.{1,64}@)[a-z0-9!#$%&'*+/=?^_`{|}~-]+(\.[a-z0-9!#$%&'*+/=?^_`{|}~-]+)*@([a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?\.)+[a-z]{2,63}\z", RegexOptions.CultureInvariant)]
    private static partial Regex Pattern();
}
