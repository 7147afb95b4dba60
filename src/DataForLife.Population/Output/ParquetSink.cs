using Parquet;
using Parquet.Schema;

namespace DataForLife.Population.Output;

/// <summary>Writes each chunk as one Parquet row group of 17 optional string columns.</summary>
internal sealed class ParquetSink(Stream stream) : RecordSink
{
    private readonly ParquetSchema _schema = new(PopulationColumns.All.Select(c => (Field)new DataField<string>(c, true)));
    private ParquetWriter? _writer;

    public override void Begin() => _writer = ParquetWriter.CreateAsync(_schema, stream).GetAwaiter().GetResult();

    public override void Write(FormattedChunk chunk)
    {
        using var group = _writer!.CreateRowGroup();
        var fields = _schema.GetDataFields();
        for (var column = 0; column < fields.Length; column++)
        {
            group.WriteAsync(fields[column], chunk.Columns![column]!).GetAwaiter().GetResult();
        }

        group.CompleteValidate();
    }

    public override void End() => Dispose(true);

    protected override void Dispose(bool disposing)
    {
        _writer?.DisposeAsync().AsTask().GetAwaiter().GetResult();
        _writer = null;
        base.Dispose(disposing);
    }
}
