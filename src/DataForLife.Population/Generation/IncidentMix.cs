using DataForLife.Population.Randomness;

namespace DataForLife.Population.Generation;

/// <summary>
/// How incidents are shared among the positive classes (weights in per mille of incidents, a design choice tuned so
/// that the baseline detector's F1 on the organisers' file lands between 0.4 and 0.7: docs/population.md).
/// </summary>
internal static class IncidentMix
{
    private static readonly (AnomalyClass Class, long Weight)[] Weights =
    [
        (AnomalyClass.InvalidNumber, 60), (AnomalyClass.ImpossibleDate, 60), (AnomalyClass.NumberSexMismatch, 60),
        (AnomalyClass.NumberBirthYearMismatch, 60), (AnomalyClass.NumberProvinceMismatch, 65), (AnomalyClass.DuplicateRecord, 75),
        (AnomalyClass.InconsistentFamilyLink, 75), (AnomalyClass.DeceasedButActive, 65), (AnomalyClass.SharedNumber, 70),
        (AnomalyClass.AddressFarm, 40), (AnomalyClass.OnePersonTwoNumbers, 95), (AnomalyClass.SyntheticIdentity, 90),
        (AnomalyClass.IdentityTrading, 90), (AnomalyClass.Ghost, 95),
    ];

    private static readonly AliasTable Table = new([.. Weights.Select(w => w.Weight)]);

    /// <summary>Records labelled per incident on average, under these weights (pairs count two, farms six).</summary>
    public static double LabelsPerIncident { get; } = Weights.Sum(w => w.Weight * (double)RecordsOf(w.Class)) / Weights.Sum(w => w.Weight);

    public static AnomalyClass Draw(RandomStream random) => Weights[Table.Sample(random)].Class;

    /// <summary>Whether the incident adds records in a household of its own (a carrier) rather than changing one.</summary>
    public static bool NeedsCarrier(AnomalyClass anomaly) => anomaly is AnomalyClass.DuplicateRecord or AnomalyClass.SharedNumber
        or AnomalyClass.AddressFarm or AnomalyClass.OnePersonTwoNumbers or AnomalyClass.SyntheticIdentity or AnomalyClass.IdentityTrading
        or AnomalyClass.Ghost;

    private static int RecordsOf(AnomalyClass anomaly) => anomaly switch
    {
        AnomalyClass.AddressFarm => 6,
        AnomalyClass.DuplicateRecord or AnomalyClass.SharedNumber or AnomalyClass.OnePersonTwoNumbers or AnomalyClass.IdentityTrading => 2,
        _ => 1,
    };
}
