using DataForLife.Population.Detection;

namespace DataForLife.Population.Tests;

/// <summary>Percentages over records, and the tolerance the distribution tests allow.</summary>
internal static class Shares
{
    private static readonly Dictionary<string, string> UnitOf = Provinces.All.SelectMany(p => new[] { (p.OfficialName, p.Successor2025), (p.Successor2025, p.Successor2025) })
        .DistinctBy(p => p.Item1).ToDictionary(p => p.Item1, p => p.Item2);

    /// <summary>
    /// Four standard errors of a share under household clustering: people of one household share province and
    /// ethnicity and often family name, so the sample counts as about n / 3.6 independent draws (the census mean
    /// household size).
    /// </summary>
    public static double Tolerance(double percent, int n) => 4 * 100 * Math.Sqrt(percent / 100 * (1 - (percent / 100)) * 3.6 / n);

    public static double Percent<T>(IReadOnlyCollection<T> items, Func<T, bool> predicate) => 100.0 * items.Count(predicate) / items.Count;

    public static string LastPart(string place) => place[(place.LastIndexOf(", ", StringComparison.Ordinal) + 2)..];

    /// <summary>The 2025 unit a written province names, whichever era the record uses.</summary>
    public static string Unit(string province) => UnitOf.GetValueOrDefault(province, province);

    public static string FamilyName(PopulationRecord record) => record.FullName.Split(' ')[0];

    public static int Age(PopulationRecord record)
    {
        var born = RecordDate(record.BirthDate);
        return Generation.Ages.Between(born, Generation.Ages.RegisterDate);
    }

    public static DateOnly RecordDate(string text) => DateOnly.ParseExact(text, "dd/MM/yyyy", System.Globalization.CultureInfo.InvariantCulture);
}
