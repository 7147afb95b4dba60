namespace DataForLife.Population.Detection;

/// <summary>One rule of the baseline detector. Each rule predicts exactly one anomaly class.</summary>
internal abstract class DetectionRule
{
    public abstract AnomalyClass Class { get; }

    public abstract string Description { get; }

    public abstract IEnumerable<Finding> Find(DetectionContext context);

    protected Finding Flag(RecordFacts facts, string group, string reason) => new(facts.Record.RecordId, Class, group, reason);

    protected Finding Flag(RecordFacts facts, string reason) => Flag(facts, facts.Record.RecordId.ToString(System.Globalization.CultureInfo.InvariantCulture), reason);
}
