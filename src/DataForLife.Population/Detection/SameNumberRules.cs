namespace DataForLife.Population.Detection;

/// <summary>Records that hold the same number, split into identities by (name without diacritics, birth date, sex).</summary>
internal static class SameNumberRules
{
    public static IEnumerable<(string Number, List<IGrouping<string, RecordFacts>> Identities)> Groups(DetectionContext context) =>
        from entry in context.ByNumber
        where entry.Value.Count > 1
        select (entry.Key, entry.Value.Select(i => context.Facts[i])
            .GroupBy(f => f.NameKey + "|" + f.Record.BirthDate + "|" + f.Record.Sex, StringComparer.Ordinal).ToList());
}
