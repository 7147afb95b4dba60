namespace DataForLife.Web.Domain.Dashboard;

/// <summary>How a chart draws its rows.</summary>
public enum ChartShape
{
    /// <summary>One horizontal bar per row, its label above it (counts by category, country, organisation).</summary>
    Bars,

    /// <summary>One horizontal bar per row showing the first value out of the second (sheets in out of sheets due).</summary>
    Progress,

    /// <summary>One column per row in time order, the values stacked (registrations per day, votes per day).</summary>
    Columns,
}
