using System.Globalization;
using System.Text;
using DataForLife.Web.Domain.Dashboard;
using DataForLife.Web.Infrastructure.Files;

namespace DataForLife.Web.Features.Dashboard;

/// <summary>A chart's table as CSV: its label column, then one column per series; UTF-8 with a byte-order mark for spreadsheets.</summary>
public static class ChartCsv
{
    public static byte[] Write(Chart chart)
    {
        var text = new StringBuilder();
        text.AppendLine(Csv.Line([chart.LabelHeader, .. chart.Series]));
        foreach (var row in chart.Rows)
        {
            text.AppendLine(Csv.Line([row.Label, .. row.Values.Select(v => v.ToString(CultureInfo.InvariantCulture))]));
        }

        return [.. Encoding.UTF8.GetPreamble(), .. Encoding.UTF8.GetBytes(text.ToString())];
    }
}
