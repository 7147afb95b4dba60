namespace DataForLife.Web.Domain.Catalogue;

/// <summary>
/// What organisers write about a data set, in Vietnamese and English. An optional text left empty means "not
/// confirmed", and the pages say so rather than guess.
/// </summary>
public sealed class DataSetInput
{
    public string? Slug { get; set; }
    /// <summary>Where the entry stands in the list, 0 to <see cref="DataSetRules.MaxPosition"/>; null when the field was empty or not a whole number.</summary>
    public int? Position { get; set; }
    public DataProvider Provider { get; set; } = DataProvider.Open;
    public DownloadAudience Audience { get; set; } = DownloadAudience.Everyone;
    public string? NameVi { get; set; }
    public string? NameEn { get; set; }
    public string? DescriptionVi { get; set; }
    public string? DescriptionEn { get; set; }
    public List<string> Categories { get; set; } = [];
    public List<string> Topics { get; set; } = [];
    public string? FormatsVi { get; set; }
    public string? FormatsEn { get; set; }
    public string? LicenceVi { get; set; }
    public string? LicenceEn { get; set; }
    public string? SourceUrl { get; set; }
    public long? SizeBytes { get; set; }
    public string? SizeVi { get; set; }
    public string? SizeEn { get; set; }
    public string? AccessVi { get; set; }
    public string? AccessEn { get; set; }
    public string? NotesVi { get; set; }
    public string? NotesEn { get; set; }

    /// <summary>The version the organiser started from; a save over someone else's change is refused.</summary>
    public int Version { get; set; }
}
