namespace DataForLife.Population.Generation;

/// <summary>
/// Survivors out of 100,000 births at each age 0-120, by sex: a Gompertz-Makeham law (hazard 0.0008 + B e^(0.09 age))
/// with B chosen so that life expectancy at birth is 73.2 years for men and 78.6 for women (facts §3.1, CIA World
/// Factbook 2023 estimate). The shape of the law is a design choice; the tables are integers written out once, so
/// that every machine draws the same deaths.
/// </summary>
internal static class Survival
{
    private static readonly int[] Men =
    [
        100000, 99914, 99828, 99741, 99653, 99565, 99476, 99387, 99296, 99204, 99112, 99018, 98923, 98827, 98729, 98629,
        98528, 98424, 98319, 98210, 98100, 97986, 97869, 97749, 97625, 97496, 97363, 97226, 97082, 96933, 96777, 96614,
        96444, 96265, 96076, 95878, 95669, 95447, 95213, 94964, 94699, 94418, 94118, 93799, 93457, 93092, 92701, 92281,
        91832, 91349, 90831, 90274, 89676, 89032, 88340, 87595, 86794, 85932, 85005, 84009, 82939, 81789, 80556, 79233,
        77817, 76302, 74684, 72959, 71122, 69170, 67100, 64912, 62604, 60177, 57633, 54977, 52215, 49355, 46408, 43389,
        40312, 37198, 34069, 30947, 27861, 24837, 21905, 19093, 16430, 13940, 11647, 9569, 7718, 6100, 4717, 3560,
        2617, 1869, 1293, 864, 556, 343, 203, 114, 60, 30, 14, 6, 3, 1, 0, 0,
        0, 0, 0, 0, 0, 0, 0, 0, 0,
    ];

    private static readonly int[] Women =
    [
        100000, 99916, 99833, 99749, 99664, 99580, 99494, 99409, 99323, 99236, 99149, 99061, 98972, 98883, 98793, 98701,
        98609, 98515, 98420, 98324, 98226, 98127, 98025, 97922, 97816, 97708, 97597, 97483, 97366, 97246, 97121, 96993,
        96859, 96721, 96577, 96427, 96270, 96107, 95935, 95755, 95565, 95365, 95154, 94931, 94694, 94443, 94176, 93892,
        93590, 93267, 92921, 92552, 92157, 91733, 91278, 90790, 90266, 89702, 89097, 88445, 87745, 86991, 86180, 85308,
        84370, 83362, 82279, 81116, 79869, 78532, 77101, 75570, 73936, 72193, 70339, 68370, 66283, 64078, 61754, 59311,
        56754, 54086, 51314, 48447, 45496, 42477, 39405, 36301, 33186, 30086, 27026, 24035, 21143, 18376, 15763, 13329,
        11095, 9078, 7289, 5733, 4409, 3308, 2416, 1713, 1176, 779, 497, 304, 177, 98, 52, 25,
        12, 5, 2, 1, 0, 0, 0, 0, 0,
    ];

    public const int OldestAge = 120;

    public static int Survivors(Sex sex, int age) => (sex == Sex.Male ? Men : Women)[Math.Clamp(age, 0, OldestAge)];

    /// <summary>Whether someone alive at <paramref name="fromAge"/> is still alive at <paramref name="toAge"/> (exact integer odds).</summary>
    public static bool Survives(Randomness.RandomStream random, Sex sex, int fromAge, int toAge) =>
        random.Below(Math.Max(1, Survivors(sex, fromAge))) < Survivors(sex, toAge);
}
