namespace DataForLife.Web.Domain.Submissions;

/// <summary>The dossier's written parts, in Markdown: the plan's four questions, then data sets and roles.</summary>
public sealed record DossierText
{
    public string Why { get; init; } = string.Empty;
    public string How { get; init; } = string.Empty;
    public string Highlights { get; init; } = string.Empty;
    public string Results { get; init; } = string.Empty;
    public string DataSets { get; init; } = string.Empty;
    public string Roles { get; init; } = string.Empty;
    public string VideoUrl { get; init; } = string.Empty;
}
