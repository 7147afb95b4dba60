namespace DataForLife.Population;

/// <summary>The names of the anomaly classes as written in labels and predictions files.</summary>
public static class AnomalyClasses
{
    private static readonly string[] Names =
    [
        "duplicate_record", "one_person_two_numbers", "shared_number", "number_sex_mismatch", "number_birth_year_mismatch",
        "number_province_mismatch", "invalid_number", "impossible_date", "deceased_but_active", "inconsistent_family_link",
        "address_farm", "noise_missing_diacritics", "noise_typo", "noise_city_abbreviation", "noise_old_province_name",
    ];

    public const string NoisePrefix = "noise_";

    public static IReadOnlyList<AnomalyClass> Fraud { get; } = [.. Enum.GetValues<AnomalyClass>().Where(c => !IsNoise(c))];

    public static IReadOnlyList<AnomalyClass> All { get; } = Enum.GetValues<AnomalyClass>();

    public static string Name(this AnomalyClass anomaly) => Names[(int)anomaly];

    public static bool IsNoise(this AnomalyClass anomaly) => anomaly >= AnomalyClass.NoiseMissingDiacritics;

    /// <summary>Whether a class name (from a labels or predictions file) is benign noise rather than fraud.</summary>
    public static bool IsNoiseName(string name) => name.StartsWith(NoisePrefix, StringComparison.Ordinal);

    public static bool TryParse(string name, out AnomalyClass anomaly)
    {
        var index = Array.IndexOf(Names, name);
        anomaly = (AnomalyClass)Math.Max(index, 0);
        return index >= 0;
    }
}
