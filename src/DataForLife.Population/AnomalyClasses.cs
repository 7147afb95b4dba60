namespace DataForLife.Population;

/// <summary>The names of the classes as written in labels and predictions files, with each class's kind and tier.</summary>
public static class AnomalyClasses
{
    private static readonly (string Name, AnomalyKind Kind, AnomalyTier Tier)[] Table =
    [
        ("invalid_number", AnomalyKind.Error, AnomalyTier.Easy),
        ("impossible_date", AnomalyKind.Error, AnomalyTier.Easy),
        ("number_sex_mismatch", AnomalyKind.Error, AnomalyTier.Easy),
        ("number_birth_year_mismatch", AnomalyKind.Error, AnomalyTier.Easy),
        ("number_province_mismatch", AnomalyKind.Error, AnomalyTier.Medium),
        ("duplicate_record", AnomalyKind.Error, AnomalyTier.Medium),
        ("inconsistent_family_link", AnomalyKind.Error, AnomalyTier.Medium),
        ("deceased_but_active", AnomalyKind.Error, AnomalyTier.Medium),
        ("shared_number", AnomalyKind.Fraud, AnomalyTier.Medium),
        ("address_farm", AnomalyKind.Fraud, AnomalyTier.Medium),
        ("one_person_two_numbers", AnomalyKind.Fraud, AnomalyTier.Hard),
        ("synthetic_identity", AnomalyKind.Fraud, AnomalyTier.Hard),
        ("identity_trading", AnomalyKind.Fraud, AnomalyTier.Hard),
        ("ghost", AnomalyKind.Fraud, AnomalyTier.Hard),
        ("noise_missing_diacritics", AnomalyKind.Noise, AnomalyTier.Easy),
        ("noise_typo", AnomalyKind.Noise, AnomalyTier.Easy),
        ("noise_city_abbreviation", AnomalyKind.Noise, AnomalyTier.Easy),
        ("noise_day_month_swap", AnomalyKind.Noise, AnomalyTier.Easy),
    ];

    public const string NoisePrefix = "noise_";

    /// <summary>The classes a detector should find (data-quality errors and fraud).</summary>
    public static IReadOnlyList<AnomalyClass> Positive { get; } = [.. Enum.GetValues<AnomalyClass>().Where(c => !IsNoise(c))];

    public static IReadOnlyList<AnomalyClass> All { get; } = Enum.GetValues<AnomalyClass>();

    public static string Name(this AnomalyClass anomaly) => Table[(int)anomaly].Name;

    public static AnomalyKind Kind(this AnomalyClass anomaly) => Table[(int)anomaly].Kind;

    /// <summary>The tier of a positive class; noise is not tiered (reported as easy, never scored).</summary>
    public static AnomalyTier Tier(this AnomalyClass anomaly) => Table[(int)anomaly].Tier;

    public static string KindName(AnomalyKind kind) => kind.ToString().ToLowerInvariant();

    public static string TierName(AnomalyTier tier) => tier.ToString().ToLowerInvariant();

    public static bool IsNoise(this AnomalyClass anomaly) => anomaly.Kind() == AnomalyKind.Noise;

    /// <summary>Whether a class name (from a labels or predictions file) is benign noise rather than a positive.</summary>
    public static bool IsNoiseName(string name) => name.StartsWith(NoisePrefix, StringComparison.Ordinal);

    public static bool TryParse(string name, out AnomalyClass anomaly)
    {
        var index = Array.FindIndex(Table, t => t.Name == name);
        anomaly = (AnomalyClass)Math.Max(index, 0);
        return index >= 0;
    }
}
