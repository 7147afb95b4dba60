namespace DataForLife.Web.Domain.Submissions;

/// <summary>
/// A team's dossier in one edition. Every save adds a <see cref="DossierVersion"/>; the version submitted last before
/// the deadline is the one judged. Files count by the moment their upload reached the server.
/// </summary>
public sealed class Dossier
{
    public int Id { get; private set; }
    public int TeamId { get; private set; }
    public string EditionId { get; private set; } = string.Empty;

    /// <summary>Number of the latest version (0 before the first save).</summary>
    public int LatestVersion { get; private set; }

    /// <summary>Number of the latest submitted version, if any.</summary>
    public int? SubmittedVersion { get; private set; }

    public DateTime? SubmittedAtUtc { get; private set; }

    /// <summary>An organisers' extension of this team's deadline.</summary>
    public DateTime? ExtendedUntilUtc { get; private set; }

    public string? ExtensionReason { get; private set; }

    public int Revision { get; private set; }

    public static Dossier Open(int teamId, string editionId) => new() { TeamId = teamId, EditionId = editionId };

    /// <summary>The team's deadline: the edition's, or the extension when it is later.</summary>
    public DateTime DeadlineUtc(DateTime editionDeadlineUtc) => Deadline(ExtendedUntilUtc, editionDeadlineUtc);

    /// <summary>The deadline a team would have with <paramref name="extendedUntilUtc"/> as its extension.</summary>
    public static DateTime Deadline(DateTime? extendedUntilUtc, DateTime editionDeadlineUtc) =>
        extendedUntilUtc is { } extended && extended > editionDeadlineUtc ? extended : editionDeadlineUtc;

    public void Record(DossierVersion version)
    {
        LatestVersion = version.Number;
        if (version.IsSubmission)
        {
            SubmittedVersion = version.Number;
            SubmittedAtUtc = version.SavedAtUtc;
        }

        Revision++;
    }

    public void Extend(DateTime? untilUtc, string? reason)
    {
        ExtendedUntilUtc = untilUtc;
        ExtensionReason = untilUtc is null ? null : reason;
        Revision++;
    }
}
