using System.Globalization;
using System.Text;
using DataForLife.Population;
using DataForLife.Population.Scoring;

namespace DataForLife.Web.Domain.Catalogue;

/// <summary>
/// Reads a predictions file in the format that <c>dfl population check</c> writes: UTF-8 CSV with the header
/// <c>record_id,class,group_id</c> (or a labels file, which also says each class's kind and tier), record ids of the data set's records, known class names. The first problem is
/// named with its line, so a team can fix it.
/// </summary>
public static class PredictionFile
{
    public const int MaxBytes = 5 * 1024 * 1024;

    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    public static PredictionParse Read(ReadOnlySpan<byte> content, int recordCount)
    {
        if (content.Length > MaxBytes)
        {
            return PredictionParse.Refused("Catalogue.Predictions.TooLarge", MaxBytes / 1024 / 1024);
        }

        string text;
        try
        {
            text = StrictUtf8.GetString(content).TrimStart('\uFEFF');
        }
        catch (DecoderFallbackException)
        {
            return PredictionParse.Refused("Catalogue.Predictions.NotCsv");
        }

        var lines = text.Split('\n').Select(l => l.TrimEnd('\r')).ToList();
        if (lines.All(string.IsNullOrWhiteSpace))
        {
            return PredictionParse.Refused("Catalogue.Predictions.Empty");
        }

        if (text.Contains('\0', StringComparison.Ordinal) || !lines[0].Contains(',', StringComparison.Ordinal))
        {
            return PredictionParse.Refused("Catalogue.Predictions.NotCsv");
        }

        var header = string.Join(',', lines[0].Split(',').Select(h => h.Trim().ToLowerInvariant()));
        if (header != LabelFile.Header && header != LabelFile.LabelsHeader)
        {
            return PredictionParse.Refused("Catalogue.Predictions.Columns", LabelFile.Header, Shorten(lines[0]));
        }

        var columns = header.Split(',').Length;

        var rows = new List<LabelRow>();
        for (var i = 1; i < lines.Count; i++)
        {
            if (string.IsNullOrWhiteSpace(lines[i]))
            {
                continue;
            }

            var parts = lines[i].Split(',').Select(p => p.Trim()).ToArray();
            if (parts.Length != columns || !long.TryParse(parts[0], NumberStyles.None, CultureInfo.InvariantCulture, out var record)
                || !long.TryParse(parts[^1], NumberStyles.None, CultureInfo.InvariantCulture, out var group))
            {
                return PredictionParse.Refused("Catalogue.Predictions.Row", i + 1, Shorten(lines[i]));
            }

            if (record < 1 || record > recordCount)
            {
                return PredictionParse.Refused("Catalogue.Predictions.UnknownRecord", i + 1, parts[0], recordCount);
            }

            if (!AnomalyClasses.TryParse(parts[1], out _))
            {
                return PredictionParse.Refused("Catalogue.Predictions.UnknownClass", i + 1, Shorten(parts[1]));
            }

            rows.Add(new LabelRow(record, parts[1], group));
        }

        return new PredictionParse(rows, null);
    }

    private static string Shorten(string text) => text.Length <= 60 ? text : text[..60] + "…";
}
