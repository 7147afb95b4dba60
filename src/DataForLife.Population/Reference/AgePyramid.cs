using DataForLife.Population.Randomness;

namespace DataForLife.Population.Reference;

/// <summary>
/// Single years of age 0-100 from the 10-year UN WPP 2019 bins for 2020 (§3.4): each bin spread evenly over its ten
/// years, and 80+ spread over 80-100 with a linear decline to zero. Draws an age within a range in proportion to it.
/// </summary>
internal static class AgePyramid
{
    public const int MaxAge = 100;

    // Population by 10-year bin: 0-9, 10-19, ..., 70-79, 80+.
    private static readonly long[] Bins = [15_478_572, 13_599_041, 15_389_495, 16_200_926, 13_572_964, 11_109_965, 7_342_685, 2_778_470, 1_866_461];

    private static readonly long[] Cumulative = BuildCumulative();

    /// <summary>An age in [low, high] (both included) drawn in proportion to the pyramid.</summary>
    public static int Draw(RandomStream random, int low, int high)
    {
        var from = Cumulative[low];
        var span = Cumulative[high + 1] - from;
        var target = from + (long)(random.NextDouble() * span);
        var age = Array.BinarySearch(Cumulative, target);
        age = age >= 0 ? age : ~age - 1;
        return Math.Clamp(age, low, high);
    }

    private static long[] BuildCumulative()
    {
        var weights = new long[MaxAge + 1];
        for (var age = 0; age < 80; age++)
        {
            weights[age] = Bins[age / 10] / 10;
        }

        // 80..100: weights 21, 20, ..., 1 (sum 231) times the bin.
        for (var age = 80; age <= MaxAge; age++)
        {
            weights[age] = Bins[8] * (MaxAge + 1 - age) / 231;
        }

        var cumulative = new long[MaxAge + 2];
        for (var age = 0; age <= MaxAge; age++)
        {
            cumulative[age + 1] = cumulative[age] + weights[age];
        }

        return cumulative;
    }
}
