namespace DataForLife.Population;

/// <summary>
/// How hard a class is to find: easy ones break a format or checksum-like rule of one record; medium ones are
/// mismatches that a benign record can also show; hard ones are visible only across several records and fields.
/// </summary>
public enum AnomalyTier
{
    Easy,
    Medium,
    Hard,
}
