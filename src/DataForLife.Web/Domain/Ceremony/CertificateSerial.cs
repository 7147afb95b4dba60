using System.Security.Cryptography;

namespace DataForLife.Web.Domain.Ceremony;

/// <summary>
/// Certificate serials: 20 characters of 100 random bits, in groups of four (DFL-7KQ2-…), from an alphabet without the
/// letters people confuse (I, L, O, U), so that a serial read aloud or typed from paper still finds its certificate and
/// none can be guessed from another.
/// </summary>
public static class CertificateSerial
{
    private const string Alphabet = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";
    private const int Characters = 20;

    public static string New()
    {
        Span<byte> random = stackalloc byte[Characters];
        RandomNumberGenerator.Fill(random);
        var chars = new char[Characters];
        for (var i = 0; i < Characters; i++)
        {
            chars[i] = Alphabet[random[i] & 31];
        }

        return "DFL-" + string.Join('-', Enumerable.Range(0, Characters / 4).Select(g => new string(chars, g * 4, 4)));
    }

    /// <summary>The serial as stored, from what someone typed: upper case, without spaces; null when it cannot be one.</summary>
    public static string? Normalize(string? typed)
    {
        var serial = typed?.Trim().Replace(" ", string.Empty, StringComparison.Ordinal).ToUpperInvariant();
        return serial is { Length: 4 + Characters + (Characters / 4) - 1 } && serial.StartsWith("DFL-", StringComparison.Ordinal)
            && serial[4..].All(c => c == '-' || Alphabet.Contains(c)) ? serial : null;
    }
}
