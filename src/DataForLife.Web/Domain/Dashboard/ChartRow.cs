namespace DataForLife.Web.Domain.Dashboard;

/// <summary>One row of a chart: its label and one value per series, in the order of the chart's series.</summary>
public sealed record ChartRow(string Label, IReadOnlyList<long> Values)
{
    public long Total => Values.Sum();
}
