namespace DataForLife.Web.Domain.Submissions;

/// <summary>Which file kinds belong to the September dossier and which to the final's hand-in.</summary>
public static class DossierFileKinds
{
    public static readonly DossierFileKind[] OfDossier = [DossierFileKind.Photo, DossierFileKind.Video, DossierFileKind.Pdf, DossierFileKind.SignedScan];

    public static readonly DossierFileKind[] OfHandIn = [DossierFileKind.HandInVideo, DossierFileKind.HandInSlides];

    public static bool IsDossierKind(DossierFileKind kind) => OfDossier.Contains(kind);
}
