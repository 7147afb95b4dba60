namespace DataForLife.Web.Domain.Judging;

/// <summary>
/// The lot for the pitch order: a Fisher–Yates shuffle driven by SplitMix64 from the seed, over the codes sorted
/// ordinally. Written out here (not System.Random) so the same seed gives the same order on every .NET version.
/// </summary>
public static class PitchDraw
{
    public static IReadOnlyList<string> Order(IEnumerable<string> codes, long seed)
    {
        var order = codes.Order(StringComparer.Ordinal).ToArray();
        var state = unchecked((ulong)seed);
        for (var i = order.Length - 1; i > 0; i--)
        {
            var j = (int)(Next(ref state) % (ulong)(i + 1));
            (order[i], order[j]) = (order[j], order[i]);
        }

        return order;
    }

    private static ulong Next(ref ulong state)
    {
        var z = state += 0x9E3779B97F4A7C15UL;
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9UL;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBUL;
        return z ^ (z >> 31);
    }
}
