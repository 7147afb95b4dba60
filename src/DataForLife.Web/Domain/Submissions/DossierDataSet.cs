namespace DataForLife.Web.Domain.Submissions;

/// <summary>
/// A catalogue entry named by a dossier's latest version: kept beside the versions so the catalogue can count, with
/// one indexed query, how many teams use each data set.
/// </summary>
public sealed class DossierDataSet
{
    public int DossierId { get; set; }
    public int DataSetId { get; set; }
}
