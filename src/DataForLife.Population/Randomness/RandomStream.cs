using System.Numerics;

namespace DataForLife.Population.Randomness;

/// <summary>
/// xoshiro256** seeded through SplitMix64. One instance per worker is re-seeded for every household, so the numbers a
/// household draws depend only on (seed, household index): the output is the same at any thread count.
/// Only integer and exactly representable double arithmetic is used, so every machine draws the same values.
/// </summary>
internal sealed class RandomStream
{
    private ulong _s0;
    private ulong _s1;
    private ulong _s2;
    private ulong _s3;

    public RandomStream(ulong seed) => Reset(seed);

    public void Reset(ulong seed)
    {
        _s0 = Mix.Hash(seed + 0x9E3779B97F4A7C15UL);
        _s1 = Mix.Hash(seed + unchecked(2 * 0x9E3779B97F4A7C15UL));
        _s2 = Mix.Hash(seed + unchecked(3 * 0x9E3779B97F4A7C15UL));
        _s3 = Mix.Hash(seed + unchecked(4 * 0x9E3779B97F4A7C15UL));
    }

    public ulong NextUInt64()
    {
        var result = BitOperations.RotateLeft(_s1 * 5, 7) * 9;
        var t = _s1 << 17;
        _s2 ^= _s0;
        _s3 ^= _s1;
        _s1 ^= _s2;
        _s0 ^= _s3;
        _s2 ^= t;
        _s3 = BitOperations.RotateLeft(_s3, 45);
        return result;
    }

    /// <summary>A number in [0, n); the bias of the multiply-shift method is below 2^-32 and does not matter here.</summary>
    public int Below(int n) => (int)(((NextUInt64() >> 32) * (ulong)n) >> 32);

    /// <summary>A number in [low, high], both included.</summary>
    public int Between(int low, int high) => low + Below(high - low + 1);

    /// <summary>A double in [0, 1) with 53 random bits (exact, so the same on every machine).</summary>
    public double NextDouble() => (NextUInt64() >> 11) * (1.0 / 9007199254740992.0);

    public bool Chance(double probability) => NextDouble() < probability;

    public T Pick<T>(IReadOnlyList<T> items) => items[Below(items.Count)];
}
