using System.Security.Cryptography;

namespace DataForLife.Web.Domain.Final;

/// <summary>
/// Ticket codes: 12 characters of Crockford's base 32 (60 random bits), shown in groups of four (ABCD-EFGH-JKMN) and
/// typed in any case, with or without the hyphens; the letters people confuse (I, L, O) read as 1, 1, 0. The QR code
/// carries <c>DFL-TICKET:{edition}:{code}</c>, so a scanner learns the edition even of a ticket it does not know.
/// </summary>
public static class TicketCode
{
    public const string Prefix = "DFL-TICKET:";
    private const string Alphabet = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";
    private const int Length = 12;

    public static string New()
    {
        Span<char> code = stackalloc char[Length];
        for (var i = 0; i < Length; i++)
        {
            code[i] = Alphabet[RandomNumberGenerator.GetInt32(Alphabet.Length)];
        }

        return new string(code);
    }

    public static string Display(string code) => code.Length == Length ? $"{code[..4]}-{code[4..8]}-{code[8..]}" : code;

    public static string Payload(string editionId, string code) => $"{Prefix}{editionId}:{code}";

    /// <summary>What a scanner read or a person typed: the edition it names (a QR payload) and the code, or null when it is no code at all.</summary>
    public static (string? EditionId, string Code)? Read(string? text)
    {
        var value = (text ?? string.Empty).Trim();
        string? edition = null;
        if (value.StartsWith(Prefix, StringComparison.OrdinalIgnoreCase))
        {
            var rest = value[Prefix.Length..];
            var colon = rest.LastIndexOf(':');
            if (colon <= 0)
            {
                return null;
            }

            edition = rest[..colon];
            value = rest[(colon + 1)..];
        }

        var code = new string([.. value.Where(c => c is not ('-' or ' ')).Select(Normalise)]);
        return code.Length == Length && code.All(Alphabet.Contains) ? (edition, code) : null;
    }

    private static char Normalise(char c) => char.ToUpperInvariant(c) switch
    {
        'I' or 'L' => '1',
        'O' => '0',
        var upper => upper,
    };
}
