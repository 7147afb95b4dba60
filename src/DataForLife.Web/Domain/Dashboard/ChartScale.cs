namespace DataForLife.Web.Domain.Dashboard;

/// <summary>Turns counts into lengths for a chart's picture: proportional to the peak, a visible sliver for any count above zero.</summary>
public static class ChartScale
{
    /// <summary>The length of <paramref name="value"/> on an axis <paramref name="length"/> long whose end is <paramref name="peak"/>.</summary>
    public static double Length(long value, long peak, double length)
    {
        if (value <= 0 || peak <= 0)
        {
            return 0;
        }

        var scaled = length * Math.Min(value, peak) / peak;
        // Small counts beside a large peak would vanish; one unit keeps them visible (the table gives the number).
        return Math.Max(scaled, Math.Min(1, length));
    }

    /// <summary>A rounded peak for the axis: 1, 2 or 5 times a power of ten, at least <paramref name="peak"/>.</summary>
    public static long NiceCeiling(long peak)
    {
        if (peak <= 1)
        {
            return 1;
        }

        long step = 1;
        while (true)
        {
            foreach (var factor in (ReadOnlySpan<long>)[1, 2, 5])
            {
                if (factor * step >= peak)
                {
                    return factor * step;
                }
            }

            step *= 10;
        }
    }

    /// <summary>What share of <paramref name="whole"/> is <paramref name="part"/>, in whole percent rounded down (99% until it is all done).</summary>
    public static int Percent(long part, long whole) => whole <= 0 ? 0 : (int)Math.Min(100, part * 100 / whole);
}
