namespace DataForLife.Web.Domain.Editions;

/// <summary>Limits of the dossier; the plan names the parts but no sizes, so these are our defaults.</summary>
public sealed record SubmissionSettings
{
    public int MaxVideoMegabytes { get; init; } = 200;
    public int MaxPhotoMegabytes { get; init; } = 10;
    public int MaxPhotos { get; init; } = 10;

    /// <summary>
    /// The most photos an edition may allow: with the video, the PDF and the signed scan, a dossier version's list of
    /// files then fits its column (1,000 characters, 37 per file).
    /// </summary>
    public const int MostPhotos = 20;

    /// <summary>The photos a team may upload: the edition's number, and never more than <see cref="MostPhotos"/> (an edition file from before the limit may say more).</summary>
    public int PhotosAllowed() => Math.Min(MaxPhotos, MostPhotos);

    public int MaxPdfMegabytes { get; init; } = 20;

    /// <summary>
    /// All the files a team keeps, in megabytes: those in use and those earlier versions still refer to. Enough for a
    /// full set of the largest files (video, PDF, signed scan, every photo) several times over.
    /// </summary>
    public int MaxTeamMegabytes { get; init; } = 1000;

    /// <summary>Whether the leader must also upload the commitment signed on paper (a PDF or an image).</summary>
    public bool RequireSignedScan { get; init; }

    /// <summary>Word limits of the four parts: why, how, highlights, results.</summary>
    public int WhyWords { get; init; } = 500;
    public int HowWords { get; init; } = 1000;
    public int HighlightsWords { get; init; } = 500;
    public int ResultsWords { get; init; } = 500;
}
