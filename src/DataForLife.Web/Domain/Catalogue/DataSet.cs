using DataForLife.Web.Domain.Editions;

namespace DataForLife.Web.Domain.Catalogue;

/// <summary>
/// An entry of one edition's data catalogue, known by its address (<see cref="Slug"/>). Optional texts are null when
/// a fact is not confirmed. A data set with kept labels accepts teams' predictions and scores them.
/// </summary>
public sealed class DataSet
{
    private readonly List<HostedFile> _files = [];

    public int Id { get; private set; }
    public string EditionId { get; private set; } = string.Empty;
    public string Slug { get; private set; } = string.Empty;
    public int Position { get; private set; }
    public DataProvider Provider { get; private set; }

    /// <summary>Who may download the hosted files (the partners' data may be for registered teams only).</summary>
    public DownloadAudience Audience { get; private set; }
    public string NameVi { get; private set; } = string.Empty;
    public string NameEn { get; private set; } = string.Empty;
    public string DescriptionVi { get; private set; } = string.Empty;
    public string DescriptionEn { get; private set; } = string.Empty;

    /// <summary>Category codes of the edition, comma-separated.</summary>
    public string Categories { get; private set; } = string.Empty;

    /// <summary>Topic codes of the edition's catalogue, comma-separated.</summary>
    public string Topics { get; private set; } = string.Empty;

    public string? FormatsVi { get; private set; }
    public string? FormatsEn { get; private set; }
    public string? LicenceVi { get; private set; }
    public string? LicenceEn { get; private set; }
    public string? SourceUrl { get; private set; }
    public long? SizeBytes { get; private set; }
    public string? SizeVi { get; private set; }
    public string? SizeEn { get; private set; }
    public string? AccessVi { get; private set; }
    public string? AccessEn { get; private set; }
    public string? NotesVi { get; private set; }
    public string? NotesEn { get; private set; }

    /// <summary>Where the answers to this data set are stored; never served to anyone.</summary>
    public string? LabelsStorageKey { get; private set; }

    /// <summary>How many records a prediction may name (record ids 1 to this).</summary>
    public int? RecordCount { get; private set; }

    /// <summary>Which file the kept labels describe (for the population: the generator's edition and key, not the key itself).</summary>
    public string? LabelsVersion { get; private set; }

    /// <summary>When the file and its labels were last generated anew; null while they are the first ones.</summary>
    public DateTime? LabelsReplacedAtUtc { get; private set; }

    public DateTime CreatedAtUtc { get; private set; }
    public DateTime UpdatedAtUtc { get; private set; }
    public int Version { get; private set; }

    public IReadOnlyList<HostedFile> Files => _files;

    public bool AcceptsPredictions => LabelsStorageKey is not null && RecordCount is > 0;

    public LocalizedText Name => new(NameVi, NameEn);
    public LocalizedText Description => new(DescriptionVi, DescriptionEn);
    public LocalizedText? Formats => Pair(FormatsVi, FormatsEn);
    public LocalizedText? Licence => Pair(LicenceVi, LicenceEn);
    public LocalizedText? Size => Pair(SizeVi, SizeEn);
    public LocalizedText? Access => Pair(AccessVi, AccessEn);
    public LocalizedText? Notes => Pair(NotesVi, NotesEn);

    public IReadOnlyList<string> CategoryCodes => Categories.Split(',', StringSplitOptions.RemoveEmptyEntries);
    public IReadOnlyList<string> TopicCodes => Topics.Split(',', StringSplitOptions.RemoveEmptyEntries);

    public static DataSet Create(string editionId, DataSetInput input, DateTime nowUtc)
    {
        ArgumentNullException.ThrowIfNull(input);
        var dataSet = new DataSet { EditionId = editionId, CreatedAtUtc = nowUtc };
        dataSet.Describe(input, nowUtc);
        return dataSet;
    }

    public void Describe(DataSetInput input, DateTime nowUtc)
    {
        ArgumentNullException.ThrowIfNull(input);
        Slug = input.Slug!.Trim();
        Position = input.Position ?? throw new ArgumentException("A data set needs its position.", nameof(input));
        Provider = input.Provider;
        Audience = input.Audience;
        NameVi = Clean(input.NameVi)!;
        NameEn = Clean(input.NameEn)!;
        DescriptionVi = Clean(input.DescriptionVi)!;
        DescriptionEn = Clean(input.DescriptionEn)!;
        Categories = string.Join(',', input.Categories.Distinct(StringComparer.Ordinal));
        Topics = string.Join(',', input.Topics.Distinct(StringComparer.Ordinal));
        (FormatsVi, FormatsEn) = (Clean(input.FormatsVi), Clean(input.FormatsEn));
        (LicenceVi, LicenceEn) = (Clean(input.LicenceVi), Clean(input.LicenceEn));
        SourceUrl = Clean(input.SourceUrl);
        SizeBytes = input.SizeBytes;
        (SizeVi, SizeEn) = (Clean(input.SizeVi), Clean(input.SizeEn));
        (AccessVi, AccessEn) = (Clean(input.AccessVi), Clean(input.AccessEn));
        (NotesVi, NotesEn) = (Clean(input.NotesVi), Clean(input.NotesEn));
        UpdatedAtUtc = nowUtc;
        Version++;
    }

    public DataSetInput ToInput() => new()
    {
        Slug = Slug, Position = Position, Provider = Provider, Audience = Audience, NameVi = NameVi, NameEn = NameEn, DescriptionVi = DescriptionVi,
        DescriptionEn = DescriptionEn, Categories = [.. CategoryCodes], Topics = [.. TopicCodes], FormatsVi = FormatsVi, FormatsEn = FormatsEn,
        LicenceVi = LicenceVi, LicenceEn = LicenceEn, SourceUrl = SourceUrl, SizeBytes = SizeBytes, SizeVi = SizeVi, SizeEn = SizeEn,
        AccessVi = AccessVi, AccessEn = AccessEn, NotesVi = NotesVi, NotesEn = NotesEn, Version = Version,
    };

    /// <summary>Keeps the answers aside so predictions can be scored; <paramref name="recordCount"/> bounds the record ids.</summary>
    public void KeepLabels(string storageKey, int recordCount, string? version = null)
    {
        LabelsStorageKey = storageKey;
        RecordCount = recordCount;
        LabelsVersion = version;
    }

    /// <summary>The file and its labels were generated anew (another generator edition or key): earlier scores describe another file.</summary>
    public void ReplaceLabels(string version, DateTime nowUtc)
    {
        LabelsVersion = version;
        LabelsReplacedAtUtc = nowUtc;
    }

    public HostedFile AddFile(HostedFile file)
    {
        ArgumentNullException.ThrowIfNull(file);
        file.DataSetId = Id;
        _files.Add(file);
        return file;
    }

    private static string? Clean(string? text) =>
        string.IsNullOrWhiteSpace(text) ? null : text.Trim().Normalize(System.Text.NormalizationForm.FormC);

    private static LocalizedText? Pair(string? vi, string? en) => vi is null && en is null ? null : new(vi ?? en!, en ?? string.Empty);
}
