namespace DataForLife.Web.Domain.Final;

/// <summary>
/// A finalist team's hand-in at the end of the 24 hours. Every save adds a <see cref="HandInVersion"/>; the latest one
/// saved before the team's deadline is the one the jury scores. Its files are dossier files of the hand-in's kinds.
/// </summary>
public sealed class HandIn
{
    public int Id { get; private set; }
    public string EditionId { get; private set; } = string.Empty;
    public int TeamId { get; private set; }
    public int LatestVersion { get; private set; }

    /// <summary>An organiser's extension of this team's deadline past the mark, with its reason.</summary>
    public DateTime? ExtendedUntilUtc { get; private set; }

    public string? ExtensionReason { get; private set; }

    public int Revision { get; private set; }

    public static HandIn Open(int teamId, string editionId) => new() { TeamId = teamId, EditionId = editionId };

    public void Record(HandInVersion version)
    {
        LatestVersion = version.Number;
        Revision++;
    }

    public void Extend(DateTime? untilUtc, string? reason)
    {
        ExtendedUntilUtc = untilUtc;
        ExtensionReason = untilUtc is null ? null : reason;
        Revision++;
    }
}
