namespace DataForLife.Web.Features.Submissions;

/// <summary>The dossier form as posted: the texts, the version it was based on, and what the person asks for.</summary>
public sealed class DossierInput
{
    public string? Why { get; set; }
    public string? How { get; set; }
    public string? Highlights { get; set; }
    public string? Results { get; set; }
    public string? DataSets { get; set; }
    public string? Roles { get; set; }
    public string? VideoUrl { get; set; }

    /// <summary>Slugs of the catalogue entries the team uses.</summary>
    public List<string> UsedDataSets { get; set; } = [];

    /// <summary>The version the person started from; another save since then is a conflict.</summary>
    public int BaseVersion { get; set; }

    public bool Submit { get; set; }

    public bool AcceptCommitment { get; set; }
}
