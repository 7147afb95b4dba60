using System.Security.Cryptography;
using System.Text;

namespace DataForLife.Web.Domain.Final;

/// <summary>
/// The final hand-in: taken from the start of the 24 hours until the mark, or until a later time an organiser
/// recorded for the team with a reason. A request counts by the moment it reached the server: one that arrives a
/// second after the mark is refused. Links and the changelog are checked for shape and length only.
/// </summary>
public static class HandInRules
{
    public const int MaxChangelog = 4000;
    public const int MaxUrl = 500;

    /// <summary>The team's deadline: the mark, or its extension when that is later.</summary>
    public static DateTime Deadline(DateTime markUtc, DateTime? extendedUntilUtc) =>
        extendedUntilUtc is { } extended && extended > markUtc ? extended : markUtc;

    public static bool IsOnTime(DateTime arrivedAtUtc, FinalRun? run, DateTime? extendedUntilUtc) =>
        run is not null && arrivedAtUtc >= run.StartedAtUtc && arrivedAtUtc < Deadline(run.EndsAtUtc, extendedUntilUtc);

    public static IReadOnlyList<FieldError> Validate(string repositoryUrl, string videoUrl, string changelog)
    {
        var errors = new List<FieldError>();
        if (repositoryUrl.Length > 0 && (repositoryUrl.Length > MaxUrl || !IsHttpsUrl(repositoryUrl)))
        {
            errors.Add(new FieldError("RepositoryUrl", "HandIn.RepositoryUrlInvalid"));
        }

        if (videoUrl.Length > 0 && (videoUrl.Length > MaxUrl || !Submissions.DossierRules.IsKnownVideoUrl(videoUrl)))
        {
            errors.Add(new FieldError("VideoUrl", "Dossier.VideoUrl.Error"));
        }

        if (changelog.Length > MaxChangelog)
        {
            errors.Add(new FieldError("Changelog", "Dossier.TooManyCharacters", changelog.Length, MaxChangelog));
        }

        return errors;
    }

    public static bool IsHttpsUrl(string url) =>
        Uri.TryCreate(url, UriKind.Absolute, out var uri) && uri.Scheme == Uri.UriSchemeHttps && uri.Host.Contains('.', StringComparison.Ordinal);

    public static string Checksum(string repositoryUrl, string videoUrl, string changelog, IEnumerable<string> fileHashes) =>
        Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(string.Join('\u001f', repositoryUrl, videoUrl, changelog,
            string.Join(',', fileHashes.Order(StringComparer.Ordinal))))));
}
