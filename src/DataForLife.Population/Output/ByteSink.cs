namespace DataForLife.Population.Output;

/// <summary>Writes CSV or JSON Lines chunks straight to the stream, after the CSV header.</summary>
internal sealed class ByteSink(Stream stream, byte[] header) : RecordSink
{
    public override void Begin() => stream.Write(header);

    public override void Write(FormattedChunk chunk) => stream.Write(chunk.Data.Written);

    public override void End() => stream.Flush();
}
