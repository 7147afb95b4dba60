using DataForLife.Web.Domain.Catalogue;
using DataForLife.Web.Domain.Editions;

namespace DataForLife.Web.Features.Catalogue;

/// <summary>A data set as written in a catalogue file; a null text is a fact not confirmed.</summary>
public sealed record SeedDataSet
{
    public required string Slug { get; init; }
    public DataProvider Provider { get; init; }
    public required LocalizedText Name { get; init; }
    public required LocalizedText Description { get; init; }
    public IReadOnlyList<string> Categories { get; init; } = [];
    public IReadOnlyList<string> Topics { get; init; } = [];
    public LocalizedText? Formats { get; init; }
    public LocalizedText? Licence { get; init; }
    public string? SourceUrl { get; init; }
    public long? SizeBytes { get; init; }
    public LocalizedText? Size { get; init; }
    public LocalizedText? Access { get; init; }
    public LocalizedText? Notes { get; init; }

    /// <summary>The platform hosts the organisers' synthetic population as this entry's file and keeps its labels.</summary>
    public bool Population { get; init; }

    public DataSetInput ToInput(int position) => new()
    {
        Slug = Slug, Position = position, Provider = Provider, NameVi = Name.Vi, NameEn = Name.En, DescriptionVi = Description.Vi,
        DescriptionEn = Description.En, Categories = [.. Categories], Topics = [.. Topics], FormatsVi = Formats?.Vi, FormatsEn = Formats?.En,
        LicenceVi = Licence?.Vi, LicenceEn = Licence?.En, SourceUrl = SourceUrl, SizeBytes = SizeBytes, SizeVi = Size?.Vi, SizeEn = Size?.En,
        AccessVi = Access?.Vi, AccessEn = Access?.En, NotesVi = Notes?.Vi, NotesEn = Notes?.En,
    };
}
