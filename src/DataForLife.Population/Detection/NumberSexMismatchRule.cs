namespace DataForLife.Population.Detection;

/// <summary>The fourth digit says the other sex (even = male, odd = female, §2.2).</summary>
internal sealed class NumberSexMismatchRule : DetectionRule
{
    public override AnomalyClass Class => AnomalyClass.NumberSexMismatch;

    public override string Description => "the century/sex digit disagrees with giới tính";

    public override IEnumerable<Finding> Find(DetectionContext context) =>
        from facts in context.Facts
        where facts.Sex is not null && IdentityNumber.Check(facts.Record.Number, facts.Sex, null).Contains(IdentityNumberProblem.SexMismatch)
        select Flag(facts, "digit 4 gives the other sex");
}
