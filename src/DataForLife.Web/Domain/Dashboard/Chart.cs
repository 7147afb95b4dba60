namespace DataForLife.Web.Domain.Dashboard;

/// <summary>
/// One chart of the dashboard: what the picture, its table and its CSV file all show. <see cref="Key"/> names it in
/// the page (ids) and in the CSV file's name.
/// </summary>
public sealed record Chart(string Key, string Title, string LabelHeader, IReadOnlyList<string> Series, IReadOnlyList<ChartRow> Rows, ChartShape Shape)
{
    /// <summary>A sentence under the title (the deadline, what is counted); empty when the title says it all.</summary>
    public string Note { get; init; } = string.Empty;

    /// <summary>How many of the series the picture draws (a running total is in the table, never stacked on the days).</summary>
    public int Drawn { get; init; } = int.MaxValue;

    /// <summary>The values the picture draws for a row.</summary>
    public IReadOnlyList<long> DrawnValues(ChartRow row) => [.. row.Values.Take(Drawn)];

    public bool IsEmpty => Rows.Count == 0 || Rows.All(r => r.Total == 0);

    /// <summary>The largest value the picture must fit: a row's sum when stacked, its second value for progress.</summary>
    public long Peak => Rows.Count == 0 ? 0 : Shape switch
    {
        ChartShape.Columns => Rows.Max(r => DrawnValues(r).Sum()),
        ChartShape.Progress => Rows.Max(r => r.Values.Count > 1 ? Math.Max(r.Values[0], r.Values[1]) : r.Values[0]),
        _ => Rows.Max(r => r.Values.Count == 0 ? 0 : r.Values.Max()),
    };
}
