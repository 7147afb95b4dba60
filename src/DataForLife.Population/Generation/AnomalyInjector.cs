using DataForLife.Population.Randomness;

namespace DataForLife.Population.Generation;

/// <summary>
/// Decides, household by household, whether an anomaly incident happens, and carries out the ones that add records
/// in a carrier household of their own (<see cref="CarrierAnomalies"/>). The ones that change existing records are
/// in <see cref="RecordAnomalies"/>; benign noise is in <see cref="NoiseMaker"/>. Each incident gets its own group;
/// the chunk's shuffle then scatters its records through the file.
/// </summary>
internal sealed class AnomalyInjector(HouseholdGenerator households, double rate)
{
    /// <summary>Share of the records of a labelled run that carry benign noise (design: clerks' variation).</summary>
    public const double NoiseShare = 0.025;

    // A household holds 3.6 records (plus carriers), so this many incidents per household bring the labelled share
    // of records near the requested rate.
    private readonly double _incidentChance = Math.Min(1.0, rate * 3.6 / IncidentMix.LabelsPerIncident);
    private readonly RecordAnomalies _records = new(households.Book);
    private readonly CarrierAnomalies _carriers = new(households);
    private readonly NoiseMaker _noise = new(households.Book);

    /// <summary>Rolls for an incident after a clean household; returns the carrier class to build next, if any.</summary>
    public AnomalyClass? AfterHousehold(HouseholdContext house)
    {
        var random = house.Random;
        if (_incidentChance <= 0)
        {
            return null;
        }

        _noise.Apply(house, NoiseShare);
        if (!random.Chance(_incidentChance))
        {
            return null;
        }

        var anomaly = IncidentMix.Draw(random);
        if (IncidentMix.NeedsCarrier(anomaly))
        {
            return anomaly;
        }

        _records.Inject(house, anomaly);
        return null;
    }

    /// <summary>Builds a carrier household in the current slot; false when it would not fit under the record limit.</summary>
    public bool TryBuildCarrier(HouseholdContext house, long household, AnomalyClass anomaly, int previousStart, int limit) =>
        _carriers.TryBuild(house, household, anomaly, previousStart, limit);
}
