using System.Text.Json;
using Parquet;

namespace DataForLife.Population.Detection;

/// <summary>Reads a generated population file back (CSV, JSON Lines or Parquet, told apart by extension).</summary>
public static class PopulationFile
{
    public static OutputFormat FormatOf(string path) => Path.GetExtension(path).ToLowerInvariant() switch
    {
        ".jsonl" or ".ndjson" => OutputFormat.Jsonl,
        ".parquet" => OutputFormat.Parquet,
        _ => OutputFormat.Csv,
    };

    /// <summary>The records, or the reason the file cannot be read as a population file.</summary>
    public static async Task<(List<PopulationRecord>? Records, string? Problem)> ReadAsync(string path, CancellationToken cancellationToken = default)
    {
        try
        {
            var records = FormatOf(path) switch
            {
                OutputFormat.Jsonl => await ReadJsonLinesAsync(path, cancellationToken),
                OutputFormat.Parquet => await ReadParquetAsync(path, cancellationToken),
                _ => await ReadCsvAsync(path, cancellationToken),
            };
            return records is null ? (null, $"{path} does not have the 17 columns of a population file.") : (records, null);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or JsonException or InvalidDataException or NotSupportedException)
        {
            return (null, $"{path} cannot be read: {e.Message}");
        }
    }

    private static async Task<List<PopulationRecord>?> ReadCsvAsync(string path, CancellationToken cancellationToken)
    {
        using var reader = new StreamReader(path, System.Text.Encoding.UTF8);
        var header = await reader.ReadLineAsync(cancellationToken);
        if (header is null || !CsvLine.Split(header).SequenceEqual(PopulationColumns.All))
        {
            return null;
        }

        var records = new List<PopulationRecord>();
        while (await reader.ReadLineAsync(cancellationToken) is { } line)
        {
            var values = CsvLine.Split(line);
            if (values.Count != PopulationColumns.All.Count)
            {
                throw new InvalidDataException($"row {records.Count + 1} has {values.Count} values instead of 17.");
            }

            records.Add(new PopulationRecord(records.Count + 1, values));
        }

        return records;
    }

    private static async Task<List<PopulationRecord>?> ReadJsonLinesAsync(string path, CancellationToken cancellationToken)
    {
        var records = new List<PopulationRecord>();
        foreach (var line in await File.ReadAllLinesAsync(path, cancellationToken))
        {
            using var document = JsonDocument.Parse(line);
            var values = PopulationColumns.All.Select(c => document.RootElement.TryGetProperty(c, out var v) && v.ValueKind == JsonValueKind.String ? v.GetString()! : "").ToList();
            records.Add(new PopulationRecord(records.Count + 1, values));
        }

        return records;
    }

    private static async Task<List<PopulationRecord>?> ReadParquetAsync(string path, CancellationToken cancellationToken)
    {
        await using var reader = await ParquetReader.CreateAsync(path, cancellationToken: cancellationToken);
        var fields = reader.Schema.GetDataFields();
        if (!fields.Select(f => f.Name).SequenceEqual(PopulationColumns.All))
        {
            return null;
        }

        var records = new List<PopulationRecord>();
        for (var group = 0; group < reader.RowGroupCount; group++)
        {
            using var rows = reader.OpenRowGroupReader(group);
            var columns = new string?[fields.Length][];
            for (var c = 0; c < fields.Length; c++)
            {
                columns[c] = new string?[rows.RowCount];
                await rows.ReadAsync(fields[c], columns[c].AsMemory()!, null, cancellationToken);
            }

            for (var r = 0; r < rows.RowCount; r++)
            {
                records.Add(new PopulationRecord(records.Count + 1, [.. columns.Select(column => column[r] ?? "")]));
            }
        }

        return records;
    }
}
