using System.Globalization;

namespace DataForLife.Population;

/// <summary>The official list of the 63 province codes used in identification numbers (facts: provinces.csv).</summary>
public static class Provinces
{
    // The five centrally-run cities before 2025; every other unit is a province (Tỉnh).
    private static readonly HashSet<string> CityCodes = ["001", "031", "048", "079", "092"];

    private static readonly Lazy<IReadOnlyList<Province>> Table = new(Load);

    private static readonly Lazy<Dictionary<string, Province>> ByCode = new(() => All.ToDictionary(p => p.Code, StringComparer.Ordinal));

    public static IReadOnlyList<Province> All => Table.Value;

    public static Province? Find(string code) => ByCode.Value.GetValueOrDefault(code);

    private static List<Province> Load()
    {
        using var stream = typeof(Provinces).Assembly.GetManifestResourceStream("DataForLife.Population.Data.provinces.csv")
            ?? throw new InvalidOperationException("provinces.csv is missing from the build.");
        using var reader = new StreamReader(stream);
        reader.ReadLine();
        var provinces = new List<Province>();
        while (reader.ReadLine() is { Length: > 0 } line)
        {
            var f = line.Split(',');
            provinces.Add(new Province(f[0], f[1], CityCodes.Contains(f[0]), long.Parse(f[2], CultureInfo.InvariantCulture),
                double.Parse(f[3], CultureInfo.InvariantCulture), f[4], f[5]));
        }

        return provinces;
    }
}
