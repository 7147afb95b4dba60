namespace DataForLife.Population.Randomness;

/// <summary>
/// The SplitMix64 finaliser: a bijective 64-bit mix. Seeds of streams are derived from (seed, index) through it so
/// that each household's stream depends only on its own index, never on which thread made it.
/// </summary>
internal static class Mix
{
    public static ulong Hash(ulong value)
    {
        value = (value ^ (value >> 30)) * 0xBF58476D1CE4E5B9UL;
        value = (value ^ (value >> 27)) * 0x94D049BB133111EBUL;
        return value ^ (value >> 31);
    }

    public static ulong Hash(ulong a, ulong b) => Hash(Hash(a + 0x9E3779B97F4A7C15UL) ^ (b * 0xD6E8FEB86659FD93UL));

    public static ulong Hash(ulong a, ulong b, ulong c) => Hash(Hash(a, b), c);
}
