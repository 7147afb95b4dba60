namespace DataForLife.Population.Randomness;

/// <summary>
/// Walker's alias method built with exact integer arithmetic from integer weights (census counts, shares in
/// hundred-thousandths), so a weighted draw costs one random number and is identical on every machine.
/// </summary>
internal sealed class AliasTable
{
    private readonly uint[] _threshold;
    private readonly int[] _alias;

    public AliasTable(IReadOnlyList<long> weights)
    {
        var n = weights.Count;
        if (n == 0 || weights.Any(w => w < 0) || weights.Sum() <= 0)
        {
            throw new ArgumentException("An alias table needs at least one positive weight and no negative one.", nameof(weights));
        }

        var total = weights.Sum();
        var scaled = weights.Select(w => (Int128)w * n).ToArray();
        _threshold = new uint[n];
        _alias = new int[n];
        var small = new Stack<int>();
        var large = new Stack<int>();
        for (var i = n - 1; i >= 0; i--)
        {
            (scaled[i] < total ? small : large).Push(i);
        }

        while (small.Count > 0 && large.Count > 0)
        {
            var less = small.Pop();
            var more = large.Pop();
            _threshold[less] = (uint)((scaled[less] << 32) / total);
            _alias[less] = more;
            scaled[more] -= total - scaled[less];
            (scaled[more] < total ? small : large).Push(more);
        }

        // Whatever is left takes its own column entirely.
        foreach (var i in small.Concat(large))
        {
            _threshold[i] = uint.MaxValue;
            _alias[i] = i;
        }
    }

    public int Count => _alias.Length;

    public int Sample(RandomStream random)
    {
        var bits = random.NextUInt64();
        var column = (int)(((bits >> 32) * (ulong)_alias.Length) >> 32);
        return (uint)bits < _threshold[column] ? column : _alias[column];
    }
}
