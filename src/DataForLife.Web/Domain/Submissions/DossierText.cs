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

    /// <summary>Addresses (slugs) of the edition's catalogue entries the team uses, comma-separated, in catalogue order.</summary>
    public string CatalogueSlugs { get; init; } = string.Empty;

    [System.Text.Json.Serialization.JsonIgnore]
    public IReadOnlyList<string> CatalogueSlugList => CatalogueSlugs.Split(',', StringSplitOptions.RemoveEmptyEntries);
}
