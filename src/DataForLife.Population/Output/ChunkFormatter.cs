using DataForLife.Population.Generation;

namespace DataForLife.Population.Output;

/// <summary>
/// Writes a chunk's records as CSV (RFC 4180; the two place columns contain commas and are always quoted, no other
/// value contains a comma or a quote) or as JSON Lines (empty values are null), and its labels as CSV rows.
/// </summary>
internal sealed class ChunkFormatter(FieldWriter fields)
{
    public static byte[] CsvHeader { get; } = System.Text.Encoding.UTF8.GetBytes(string.Join(',', PopulationColumns.All) + "\n");

    private static readonly byte[][] JsonKeys =
        [.. PopulationColumns.All.Select((c, i) => System.Text.Encoding.UTF8.GetBytes((i == 0 ? "{\"" : ",\"") + c + "\":"))];

    public void WriteCsv(Chunk chunk, Utf8Buffer buffer)
    {
        for (var position = 0; position < chunk.Written; position++)
        {
            fields.WriteCsvRow(chunk, chunk.Order[position], buffer);
        }
    }

    public void WriteJsonLines(Chunk chunk, Utf8Buffer buffer)
    {
        for (var position = 0; position < chunk.Written; position++)
        {
            var record = chunk.Order[position];
            for (var column = 0; column < FieldWriter.ColumnCount; column++)
            {
                buffer.Append(JsonKeys[column]);
                if (FieldWriter.IsEmpty(chunk.People[record], column))
                {
                    buffer.Append("null"u8);
                    continue;
                }

                buffer.Append((byte)'"');
                fields.Write(chunk, record, column, buffer);
                buffer.Append((byte)'"');
            }

            buffer.Append("}\n"u8);
        }
    }

    /// <summary>
    /// Label rows <c>record_id,class,kind,tier,group_id</c>, in file order; record ids are 1-based positions of data
    /// rows in the file.
    /// </summary>
    public static void WriteLabels(Chunk chunk, Utf8Buffer buffer)
    {
        foreach (var label in chunk.Labels.OrderBy(l => chunk.PositionOf[l.Record]).ThenBy(l => l.Class))
        {
            buffer.AppendNumber(chunk.RecordOffset + chunk.PositionOf[label.Record] + 1);
            buffer.Append((byte)',');
            buffer.Append(System.Text.Encoding.UTF8.GetBytes(label.Class.Name()));
            buffer.Append((byte)',');
            buffer.Append(System.Text.Encoding.UTF8.GetBytes(AnomalyClasses.KindName(label.Class.Kind())));
            buffer.Append((byte)',');
            buffer.Append(System.Text.Encoding.UTF8.GetBytes(AnomalyClasses.TierName(label.Class.Tier())));
            buffer.Append((byte)',');
            buffer.AppendNumber(chunk.GroupOffset + label.Group + 1);
            buffer.Append((byte)'\n');
        }
    }
}
