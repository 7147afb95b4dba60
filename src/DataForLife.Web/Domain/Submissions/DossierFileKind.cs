namespace DataForLife.Web.Domain.Submissions;

public enum DossierFileKind
{
    Photo,
    Video,
    Pdf,
    SignedScan,
}
