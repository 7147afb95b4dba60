using System.Globalization;

namespace DataForLife.Population.Scoring;

/// <summary>
/// Reads predictions files (CSV with the header <c>record_id,class,group_id</c>) and labels files (the same with the
/// class's kind and tier: <c>record_id,class,kind,tier,group_id</c>).
/// </summary>
public static class LabelFile
{
    public const string Header = "record_id,class,group_id";

    public const string LabelsHeader = "record_id,class,kind,tier,group_id";

    /// <summary>The rows, or the reason the file is not a labels file (first bad line named).</summary>
    public static async Task<(List<LabelRow>? Rows, string? Problem)> ReadAsync(string path, CancellationToken cancellationToken = default)
    {
        string[] lines;
        try
        {
            lines = await File.ReadAllLinesAsync(path, cancellationToken);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return (null, $"{path} cannot be read: {e.Message}");
        }

        var header = lines.Length == 0 ? "" : lines[0].Trim();
        if (header != Header && header != LabelsHeader)
        {
            return (null, $"{path} does not start with the header '{Header}'.");
        }

        var columns = header.Split(',').Length;
        var rows = new List<LabelRow>();
        for (var i = 1; i < lines.Length; i++)
        {
            if (lines[i].Length == 0)
            {
                continue;
            }

            var parts = lines[i].Split(',');
            if (parts.Length != columns || !long.TryParse(parts[0], NumberStyles.None, CultureInfo.InvariantCulture, out var record)
                || !long.TryParse(parts[^1], NumberStyles.None, CultureInfo.InvariantCulture, out var group) || parts[1].Length == 0)
            {
                return (null, $"{path} line {i + 1} is not '{header}': {lines[i]}");
            }

            rows.Add(new LabelRow(record, parts[1].Trim(), group));
        }

        return (rows, null);
    }
}
