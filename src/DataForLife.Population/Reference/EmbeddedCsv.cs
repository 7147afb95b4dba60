namespace DataForLife.Population.Reference;

/// <summary>Reads the small fact tables embedded in the assembly (Data/*.csv): a header line, then plain comma-separated rows.</summary>
internal static class EmbeddedCsv
{
    public static List<string[]> Read(string fileName)
    {
        using var stream = typeof(EmbeddedCsv).Assembly.GetManifestResourceStream("DataForLife.Population.Data." + fileName)
            ?? throw new InvalidOperationException(fileName + " is missing from the build.");
        using var reader = new StreamReader(stream);
        reader.ReadLine();
        var rows = new List<string[]>();
        while (reader.ReadLine() is { Length: > 0 } line)
        {
            rows.Add(line.Split(','));
        }

        return rows;
    }

    public static long Long(string text) => long.Parse(text, System.Globalization.CultureInfo.InvariantCulture);
}
