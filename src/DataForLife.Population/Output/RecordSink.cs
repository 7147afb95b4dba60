namespace DataForLife.Population.Output;

/// <summary>Where formatted chunks go, in order: a byte stream (CSV, JSON Lines) or a Parquet writer.</summary>
internal abstract class RecordSink : IDisposable
{
    public abstract void Begin();

    public abstract void Write(FormattedChunk chunk);

    public abstract void End();

    public void Dispose()
    {
        Dispose(true);
        GC.SuppressFinalize(this);
    }

    protected virtual void Dispose(bool disposing)
    {
    }

    public static RecordSink For(OutputFormat format, Stream stream) =>
        format == OutputFormat.Parquet ? new ParquetSink(stream) : new ByteSink(stream, format == OutputFormat.Csv ? ChunkFormatter.CsvHeader : []);
}
