using DataForLife.Population.Generation;
using DataForLife.Population.Reference;

namespace DataForLife.Population.Output;

/// <summary>What one thread needs to generate and format chunks: its own random stream, buffers and renderer.</summary>
internal sealed class ChunkWorker
{
    private readonly ChunkGenerator _generator;
    private readonly IdentityRenderer _ids;
    private readonly FieldWriter _fields;
    private readonly ChunkFormatter _formatter;
    private readonly OutputFormat _format;

    public ChunkWorker(GenerationOptions options)
    {
        var seed = options.EffectiveSeed;
        _generator = new ChunkGenerator(seed, options.AnomalyRate);
        _ids = new IdentityRenderer(seed);
        _fields = new FieldWriter(ReferenceBook.Instance, _ids);
        _formatter = new ChunkFormatter(_fields);
        _format = options.Format;
    }

    public void Generate(Chunk chunk, long index, int limit = int.MaxValue) => _generator.Generate(chunk, index, limit);

    /// <summary>Renders the chunk, once its serials and offsets are known, into its own buffers (or columns for Parquet).</summary>
    public void Format(Chunk chunk, FormattedChunk output)
    {
        _ids.Render(chunk);
        output.Data.Clear();
        output.Labels.Clear();
        output.Count = chunk.Written;
        switch (_format)
        {
            case OutputFormat.Csv: _formatter.WriteCsv(chunk, output.Data); break;
            case OutputFormat.Jsonl: _formatter.WriteJsonLines(chunk, output.Data); break;
            default: output.Columns = ParquetColumns(chunk); break;
        }

        ChunkFormatter.WriteLabels(chunk, output.Labels);
        output.LabelledRecords = chunk.Labels.Select(l => l.Record).Distinct().Count();
        output.Groups = chunk.GroupCount;
        foreach (var label in chunk.Labels)
        {
            output.LabelsByClass[(int)label.Class]++;
        }
    }

    private string?[][] ParquetColumns(Chunk chunk)
    {
        var columns = new string?[FieldWriter.ColumnCount][];
        var cell = new Utf8Buffer();
        for (var column = 0; column < FieldWriter.ColumnCount; column++)
        {
            columns[column] = new string?[chunk.Written];
            for (var position = 0; position < chunk.Written; position++)
            {
                var record = chunk.Order[position];
                if (FieldWriter.IsEmpty(chunk.People[record], column))
                {
                    continue;
                }

                cell.Clear();
                _fields.Write(chunk, record, column, cell);
                columns[column][position] = System.Text.Encoding.UTF8.GetString(cell.Written);
            }
        }

        return columns;
    }
}
