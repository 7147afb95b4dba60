namespace DataForLife.Population.Detection;

/// <summary>A death date on a record that still has a permanent residence or a place in a household ("ghost").</summary>
internal sealed class DeceasedButActiveRule : DetectionRule
{
    public override AnomalyClass Class => AnomalyClass.DeceasedButActive;

    public override string Description => "ngày chết is set but the person still has nơi thường trú or a household";

    public override IEnumerable<Finding> Find(DetectionContext context) =>
        from facts in context.Facts
        let record = facts.Record
        where facts.IsDead && (record.Residence.Length > 0 || record.RelationToHead.Length > 0 || record.HeadNumber.Length > 0)
        select Flag(facts, "dead " + record.DeathDate + " but still registered");
}
