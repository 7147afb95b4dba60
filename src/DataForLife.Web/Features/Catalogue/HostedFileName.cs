using System.Text;

namespace DataForLife.Web.Features.Catalogue;

/// <summary>
/// The name and type of a hosted data file. Data files come in many formats the platform does not read, so the type
/// follows the extension; files are always served as downloads, never shown in the page.
/// </summary>
public static class HostedFileName
{
    private static readonly Dictionary<string, string> Types = new(StringComparer.OrdinalIgnoreCase)
    {
        [".csv"] = "text/csv",
        [".json"] = "application/json",
        [".jsonl"] = "application/x-ndjson",
        [".parquet"] = "application/vnd.apache.parquet",
        [".zip"] = "application/zip",
        [".gz"] = "application/gzip",
        [".tar"] = "application/x-tar",
        [".pdf"] = "application/pdf",
        [".txt"] = "text/plain",
        [".xlsx"] = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
        [".geojson"] = "application/geo+json",
    };

    /// <summary>A name safe to show and to offer for saving: no folders, no control or reserved characters, at most 120 characters.</summary>
    public static string Clean(string? name)
    {
        var leaf = (name ?? string.Empty).Replace('\\', '/').Split('/').LastOrDefault() ?? string.Empty;
        var clean = new StringBuilder();
        foreach (var c in leaf.Normalize(NormalizationForm.FormC))
        {
            if (!char.IsControl(c) && c is not ('"' or '<' or '>' or '|' or ':' or '*' or '?' or ';'))
            {
                clean.Append(c);
            }
        }

        var text = clean.ToString().Trim().TrimStart('.');
        if (text.Length > 120)
        {
            var extension = Path.GetExtension(text);
            var tail = Domain.VietnameseText.Cut(extension, 20);
            text = Domain.VietnameseText.Cut(text, 120 - tail.Length) + tail;
        }

        return text.Length == 0 ? "data.bin" : text;
    }

    public static string ContentType(string fileName) =>
        Types.TryGetValue(Path.GetExtension(fileName), out var type) ? type : "application/octet-stream";
}
