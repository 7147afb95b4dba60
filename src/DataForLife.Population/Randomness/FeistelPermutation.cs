namespace DataForLife.Population.Randomness;

/// <summary>
/// A keyed bijection on [0, domain): a balanced Feistel network on the smallest even number of bits that covers the
/// domain, with cycle-walking back into it. Identity serials and address numbers come from counters through it, so
/// they look random yet never collide.
/// </summary>
internal readonly struct FeistelPermutation
{
    private const int Rounds = 4;
    private readonly ulong _key;
    private readonly int _halfBits;
    private readonly uint _halfMask;
    private readonly uint _domain;

    public FeistelPermutation(ulong key, uint domain)
    {
        _key = key;
        _domain = domain;
        var bits = 64 - ulong.LeadingZeroCount(Math.Max(1UL, domain - 1UL));
        _halfBits = (int)((bits + 1) / 2);
        _halfMask = (1U << _halfBits) - 1;
    }

    public uint Apply(uint value)
    {
        do
        {
            value = Round(value);
        }
        while (value >= _domain);

        return value;
    }

    /// <summary>The value that <see cref="Apply"/> maps to <paramref name="image"/> (the rounds run backwards).</summary>
    public uint Invert(uint image)
    {
        do
        {
            image = Unround(image);
        }
        while (image >= _domain);

        return image;
    }

    private uint Unround(uint value)
    {
        var left = value >> _halfBits;
        var right = value & _halfMask;
        for (var round = Rounds - 1; round >= 0; round--)
        {
            var previous = right ^ ((uint)Mix.Hash(_key ^ ((ulong)round << 40) ^ left) & _halfMask);
            right = left;
            left = previous;
        }

        return (left << _halfBits) | right;
    }

    private uint Round(uint value)
    {
        var left = value >> _halfBits;
        var right = value & _halfMask;
        for (var round = 0; round < Rounds; round++)
        {
            var next = left ^ ((uint)Mix.Hash(_key ^ ((ulong)round << 40) ^ right) & _halfMask);
            left = right;
            right = next;
        }

        return (left << _halfBits) | right;
    }
}
