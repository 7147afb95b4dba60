namespace DataForLife.Population.Detection;

/// <summary>A birth date that does not exist, lies after the register date or more than 120 years before it; a death date that does not exist or precedes the birth.</summary>
internal sealed class ImpossibleDateRule : DetectionRule
{
    public override AnomalyClass Class => AnomalyClass.ImpossibleDate;

    public override string Description => "ngày sinh or ngày chết cannot be (no such day, future, age over 120, death before birth)";

    public override IEnumerable<Finding> Find(DetectionContext context) =>
        from facts in context.Facts
        where facts.HasImpossibleDate
        select Flag(facts, $"born {facts.Record.BirthDate}, died {facts.Record.DeathDate}");
}
