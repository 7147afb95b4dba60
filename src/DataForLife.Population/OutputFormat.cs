namespace DataForLife.Population;

/// <summary>File formats of a generated population: CSV (UTF-8, header row), JSON Lines, or Apache Parquet.</summary>
public enum OutputFormat
{
    Csv,
    Jsonl,
    Parquet,
}
