namespace DataForLife.Population.Output;

/// <summary>A chunk ready to be written: its bytes (or Parquet columns), its label rows and its counts.</summary>
internal sealed class FormattedChunk
{
    public long Index { get; set; }

    public bool IsLast { get; set; }

    public int Count { get; set; }

    public Utf8Buffer Data { get; } = new();

    public Utf8Buffer Labels { get; } = new();

    public string?[][]? Columns { get; set; }

    public long LabelledRecords { get; set; }

    public long Groups { get; set; }

    public long[] LabelsByClass { get; } = new long[AnomalyClasses.All.Count];

    public void Reset(long index)
    {
        Index = index;
        IsLast = false;
        Columns = null;
        Array.Clear(LabelsByClass);
    }
}
