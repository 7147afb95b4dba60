using System.Text.RegularExpressions;
using DataForLife.Web.Domain;
using DataForLife.Web.Domain.Voting;

namespace DataForLife.Web.Features.Voting.Readers;

/// <summary>
/// What a reader may verify with: an e-mail address they read, or a Viet Nam mobile number. Each is normalised to the
/// one form it is stored and counted under, so "An@Example.vn " and "an@example.vn" are one voter, and so are
/// 0912 345 678 and +84912345678.
/// </summary>
public static partial class VoterAddress
{
    /// <summary>The address as an identity, or the resource key of the reason it is refused.</summary>
    public static (VoterIdentity? Identity, string? Error) Parse(VoterChannel channel, string? text, DisposableEmailDomains disposable)
    {
        ArgumentNullException.ThrowIfNull(disposable);
        if (string.IsNullOrWhiteSpace(text))
        {
            return (null, channel == VoterChannel.Phone ? "Voter.PhoneRequired" : "Voter.EmailRequired");
        }

        if (channel == VoterChannel.Phone)
        {
            return NormalisePhone(text) is { } phone ? (new VoterIdentity(VoterChannel.Phone, phone), null) : (null, "Voter.PhoneInvalid");
        }

        if (EmailAddresses.Normalise(text) is not { } email)
        {
            return (null, "Voter.EmailInvalid");
        }

        return disposable.Contains(email[(email.IndexOf('@', StringComparison.Ordinal) + 1)..])
            ? (null, "Voter.EmailDisposable")
            : (new VoterIdentity(VoterChannel.Email, email), null);
    }

    /// <summary>
    /// A Viet Nam mobile number as +84 and nine digits, or null. Written as 0912345678, 84912345678 or +84912345678,
    /// with spaces, dots or dashes anywhere; the nine digits start with 3, 5, 7, 8 or 9 (the mobile ranges).
    /// </summary>
    public static string? NormalisePhone(string? text)
    {
        if (text is null || text.Length > 30)
        {
            return null;
        }

        var compact = new string([.. text.Where(c => c is not (' ' or '.' or '-'))]);
        var national = compact switch
        {
            ['+', '8', '4', .. var rest] => rest,
            ['8', '4', .. var rest] when compact.Length == 11 => rest,
            ['0', .. var rest] when compact.Length == 10 => rest,
            _ => null,
        };
        return national is { Length: 9 } && national.All(char.IsAsciiDigit) && national[0] is '3' or '5' or '7' or '8' or '9'
            ? "+84" + national
            : null;
    }
}
