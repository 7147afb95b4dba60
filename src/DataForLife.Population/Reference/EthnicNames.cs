namespace DataForLife.Population.Reference;

/// <summary>
/// How one ethnic group names its people (Data/ethnic-names.csv): its family names, and where it differs from the
/// Kinh custom, its given and middle names and the order of the parts. Null parts fall back to the Kinh lists.
/// </summary>
internal sealed record EthnicNames(NameStyle Style, WeightedWords Family, WeightedWords? Male, WeightedWords? Female,
    WeightedWords? MiddleMale, WeightedWords? MiddleFemale);
