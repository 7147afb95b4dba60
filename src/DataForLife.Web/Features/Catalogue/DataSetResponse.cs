using DataForLife.Web.Domain.Catalogue;
using DataForLife.Web.Domain.Editions;

namespace DataForLife.Web.Features.Catalogue;

/// <summary>A catalogue entry as programs see it. A null fact is one not confirmed; texts come in Vietnamese and English.</summary>
public sealed record DataSetResponse(string Edition, string Slug, DataProvider Provider, LocalizedText Name, LocalizedText Description,
    IReadOnlyList<string> Categories, IReadOnlyList<string> Topics, LocalizedText? Formats, LocalizedText? Licence, string? SourceUrl,
    long? SizeBytes, LocalizedText? Size, LocalizedText? Access, LocalizedText? Notes, bool AcceptsPredictions, IReadOnlyList<HostedFileResponse> Files,
    int TeamsUsing, DownloadAudience Audience)
{
    public static DataSetResponse From(DataSet d, IReadOnlyDictionary<int, int> usage)
    {
        ArgumentNullException.ThrowIfNull(d);
        return new(d.EditionId, d.Slug, d.Provider, d.Name, d.Description, d.CategoryCodes, d.TopicCodes, d.Formats, d.Licence, d.SourceUrl,
            d.SizeBytes, d.Size, d.Access, d.Notes, d.AcceptsPredictions,
            [.. d.Files.OrderBy(f => f.UploadedAtUtc).ThenBy(f => f.FileName, StringComparer.Ordinal).Select(f => HostedFileResponse.From(d, f))], usage.GetValueOrDefault(d.Id), d.Audience);
    }
}
