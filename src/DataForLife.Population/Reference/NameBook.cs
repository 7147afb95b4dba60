namespace DataForLife.Population.Reference;

/// <summary>
/// Family, middle and given names (§3.7): Kinh family names by the national estimate, with Hoàng/Huỳnh and Vũ/Võ
/// split by region; given names by sex and birth cohort; and the names of the ethnic groups whose customs differ.
/// </summary>
internal sealed class NameBook
{
    public NameBook(WordList words, IReadOnlyList<EncodedText> ethnicities)
    {
        var family = EmbeddedCsv.Read("family-names.csv");
        var listed = family.Where(f => f[2] != "other").ToList();

        // The national table names 14 families (Hoàng/Huỳnh and Vũ/Võ count once); the "all others" residual is spread
        // over the rest in the proportions of the Đắk Lắk sample, scaled so the whole table sums to 100%.
        var listedTotal = listed.Where(f => f[2] != "south").Sum(f => EmbeddedCsv.Long(f[1]));
        var others = family.Where(f => f[2] == "other").ToList();
        var othersTotal = others.Sum(f => EmbeddedCsv.Long(f[1]));
        var residual = 100_000 - listedTotal;
        var otherWeights = others.Select(f => (f[0], EmbeddedCsv.Long(f[1]) * residual * 100 / othersTotal)).ToList();
        FamilyNorth = new WeightedWords(words, listed.Select(f => (f[0], RegionalWeight(f, north: true))).Concat(otherWeights));
        FamilySouth = new WeightedWords(words, listed.Select(f => (f[0], RegionalWeight(f, north: false))).Concat(otherWeights));
        GivenMale = Load(words, "given-names-male.csv");
        GivenFemale = Load(words, "given-names-female.csv");
        GivenFemaleYoung = Load(words, "given-names-female-born-2005-on.csv");
        GivenMaleOld = Load(words, "given-names-male-born-before-1975.csv");
        GivenFemaleOld = Load(words, "given-names-female-born-before-1975.csv");
        var middles = EmbeddedCsv.Read("middle-names.csv");
        MiddleMale = new WeightedWords(words, middles.Where(m => m[0] == "male").Select(m => (m[1], EmbeddedCsv.Long(m[2]))));
        MiddleFemale = new WeightedWords(words, middles.Where(m => m[0] == "female").Select(m => (m[1], EmbeddedCsv.Long(m[2]))));
        Van = words.Add("Văn");
        Thi = words.Add("Thị");
        Ethnic = LoadEthnic(words, ethnicities);
    }

    public WeightedWords FamilyNorth { get; }

    public WeightedWords FamilySouth { get; }

    public WeightedWords GivenMale { get; }

    public WeightedWords GivenFemale { get; }

    public WeightedWords GivenFemaleYoung { get; }

    public WeightedWords GivenMaleOld { get; }

    public WeightedWords GivenFemaleOld { get; }

    public WeightedWords MiddleMale { get; }

    public WeightedWords MiddleFemale { get; }

    public int Van { get; }

    public int Thi { get; }

    /// <summary>By ethnic group index; null where the group names its people as the Kinh do.</summary>
    public IReadOnlyList<EthnicNames?> Ethnic { get; }

    // Hoàng and Vũ dominate in the North, Huỳnh and Võ in the Centre and South (§3.7); each pair keeps its national share.
    private static long RegionalWeight(string[] row, bool north)
    {
        var weight = EmbeddedCsv.Long(row[1]) * 100;
        return row[2] switch
        {
            "north" => north ? weight * 95 / 100 : weight * 30 / 100,
            "south" => north ? weight * 5 / 100 : weight * 70 / 100,
            _ => weight,
        };
    }

    private static WeightedWords Load(WordList words, string file) =>
        new(words, EmbeddedCsv.Read(file).Select(r => (r[0], EmbeddedCsv.Long(r[1]))));

    private static EthnicNames?[] LoadEthnic(WordList words, IReadOnlyList<EncodedText> ethnicities)
    {
        var rows = EmbeddedCsv.Read("ethnic-names.csv");
        var result = new EthnicNames?[ethnicities.Count];
        foreach (var group in rows.GroupBy(r => r[0], StringComparer.Ordinal))
        {
            var index = ethnicities.Select(e => e.Value).ToList().IndexOf(group.Key);
            if (index < 0)
            {
                throw new InvalidOperationException($"ethnic-names.csv names an unknown group: {group.Key}");
            }

            WeightedWords? Part(string part) => group.Any(r => r[1] == part)
                ? new WeightedWords(words, group.Where(r => r[1] == part).Select(r => (r[2], EmbeddedCsv.Long(r[3])))) : null;
            var style = group.First(r => r[1] == "style")[2] switch { "clan_last" => NameStyle.ClanLast, "no_family" => NameStyle.NoFamily, _ => NameStyle.FamilyFirst };
            result[index] = new EthnicNames(style, Part("family")!, Part("male"), Part("female"), Part("middle_male"), Part("middle_female"));
        }

        return result;
    }
}
