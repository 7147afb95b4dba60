namespace DataForLife.Population.Tests;

public sealed class FormatTests
{
    [Theory]
    [InlineData(OutputFormat.Jsonl)]
    [InlineData(OutputFormat.Parquet)]
    public void Json_lines_and_parquet_hold_the_same_records_as_csv(OutputFormat format)
    {
        using var csv = new GeneratedFile(new GenerationOptions(6_000, 3, AnomalyRate: 0.1, Threads: 2));
        using var other = new GeneratedFile(new GenerationOptions(6_000, 3, format, 0.1, Threads: 2));

        Assert.Equal(csv.Records.Select(r => string.Join('|', r.Values)), other.Records.Select(r => string.Join('|', r.Values)));
        Assert.Equal(csv.LabelBytes, other.LabelBytes);
    }

    [Fact]
    public void Csv_is_utf8_without_a_byte_order_mark_and_starts_with_the_17_column_header()
    {
        using var csv = new GeneratedFile(new GenerationOptions(10, 3));
        var text = System.Text.Encoding.UTF8.GetString(csv.DataBytes);

        Assert.NotEqual(0xEF, csv.DataBytes[0]);
        Assert.StartsWith(string.Join(',', PopulationColumns.All) + "\n", text, StringComparison.Ordinal);
        Assert.Equal(17, PopulationColumns.All.Count);
        Assert.Matches(@"^\d{12}$", csv.Records[0].Number);
        Assert.Matches(@"^\d{2}/\d{2}/\d{4}$", csv.Records[0].BirthDate);
        Assert.Contains(csv.Records[0].Sex, new[] { "Nam", "Nữ" });
    }
}
