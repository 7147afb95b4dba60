using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using System.Text.RegularExpressions;
using DataForLife.Web.Domain.Editions;

namespace DataForLife.Web.Domain.Submissions;

/// <summary>
/// What a dossier must hold: a draft may be saved in any state within the limits; a submission needs the four parts,
/// the leader's commitment and, when the edition asks for it, the signed scan. A request counts by the moment it
/// reached the server, which must be before the team's deadline.
/// </summary>
public static partial class DossierRules
{
    public const int MaxCharacters = 20_000;

    /// <summary>The longest list of data sets used, or of the members' roles.</summary>
    public const int MaxNoteCharacters = 4000;

    private static readonly HashSet<string> VideoHosts =
    [
        "youtube.com", "www.youtube.com", "m.youtube.com", "youtu.be", "vimeo.com", "www.vimeo.com", "player.vimeo.com",
        "facebook.com", "www.facebook.com", "fb.watch", "www.tiktok.com", "tiktok.com", "drive.google.com",
    ];

    public static int Words(string? text) => string.IsNullOrWhiteSpace(text) ? 0 : WordPattern().Count(text);

    public static bool IsKnownVideoUrl(string url) =>
        Uri.TryCreate(url.Trim(), UriKind.Absolute, out var uri) && uri.Scheme == Uri.UriSchemeHttps
        && VideoHosts.Contains(uri.Host.ToLowerInvariant()) && uri.AbsolutePath.Length > 1;

    public static IReadOnlyList<FieldError> Validate(DossierText text, SubmissionSettings settings, bool submitting, bool commitmentAccepted, bool hasSignedScan)
    {
        var errors = new List<FieldError>();
        foreach (var (field, value, limit) in Parts(text, settings))
        {
            var words = Words(value);
            if (words > limit || value.Length > MaxCharacters)
            {
                errors.Add(new FieldError(field, "Dossier.TooLong", words, limit));
            }
            else if (submitting && !VietnameseText.HasContent(value))
            {
                errors.Add(new FieldError(field, "Dossier.PartRequired"));
            }
        }

        foreach (var (field, value) in new[] { (nameof(DossierText.DataSets), text.DataSets), (nameof(DossierText.Roles), text.Roles) })
        {
            if (value.Length > MaxNoteCharacters)
            {
                errors.Add(new FieldError(field, "Dossier.TooManyCharacters", value.Length, MaxNoteCharacters));
            }
        }

        if (text.VideoUrl.Length > 0 && (text.VideoUrl.Length > 500 || !IsKnownVideoUrl(text.VideoUrl)))
        {
            errors.Add(new FieldError(nameof(DossierText.VideoUrl), "Dossier.VideoUrl.Error"));
        }

        if (submitting && !commitmentAccepted)
        {
            errors.Add(new FieldError("Commitment", "Dossier.CommitmentRequired"));
        }

        if (submitting && settings.RequireSignedScan && !hasSignedScan)
        {
            errors.Add(new FieldError("SignedScan", "Dossier.SignedScanRequired"));
        }

        return errors;
    }

    public static IEnumerable<(string Field, string Value, int WordLimit)> Parts(DossierText text, SubmissionSettings settings) =>
    [
        (nameof(DossierText.Why), text.Why, settings.WhyWords),
        (nameof(DossierText.How), text.How, settings.HowWords),
        (nameof(DossierText.Highlights), text.Highlights, settings.HighlightsWords),
        (nameof(DossierText.Results), text.Results, settings.ResultsWords),
    ];

    /// <summary>Requests count by their arrival: one that reached the server before the deadline is on time.</summary>
    public static bool IsOnTime(DateTime arrivedAtUtc, DateTime opensAtUtc, DateTime deadlineUtc) =>
        arrivedAtUtc >= opensAtUtc && arrivedAtUtc < deadlineUtc;

    public static string Checksum(DossierText text, Commitment? commitment, IEnumerable<string> fileHashes)
    {
        var canonical = string.Join('\u001f', text.Why, text.How, text.Highlights, text.Results, text.DataSets, text.Roles, text.VideoUrl,
            commitment is null ? string.Empty : string.Join('|', commitment.AcceptedByName, commitment.AcceptedAtUtc.ToString("O", CultureInfo.InvariantCulture), commitment.DeclarationHash),
            string.Join(',', fileHashes.Order(StringComparer.Ordinal)));
        if (text.CatalogueSlugs.Length > 0)
        {
            // Appended only when present, so the receipts of versions saved before catalogue links existed still verify.
            canonical += "\u001f" + text.CatalogueSlugs;
        }

        return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(canonical)));
    }

    public static string DeclarationHash(string declaration) =>
        Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(declaration.Normalize(NormalizationForm.FormC))));

    [GeneratedRegex(@"\S+")]
    private static partial Regex WordPattern();
}
