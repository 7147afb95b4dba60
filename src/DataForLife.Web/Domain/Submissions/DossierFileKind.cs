namespace DataForLife.Web.Domain.Submissions;

public enum DossierFileKind
{
    Photo,
    Video,
    Pdf,
    SignedScan,

    /// <summary>The final hand-in's demo video: taken by the dossier's upload checks, shown with the hand-in only.</summary>
    HandInVideo,

    /// <summary>The final hand-in's slides (PDF).</summary>
    HandInSlides,
}
