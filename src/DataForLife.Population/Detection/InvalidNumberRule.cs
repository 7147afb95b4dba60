namespace DataForLife.Population.Detection;

/// <summary>Not 12 digits, or a first three digits that are neither one of the 63 province codes nor a country code (§2.3).</summary>
internal sealed class InvalidNumberRule : DetectionRule
{
    public override AnomalyClass Class => AnomalyClass.InvalidNumber;

    public override string Description => "số định danh is not 12 digits or its province code is not in the official list";

    public override IEnumerable<Finding> Find(DetectionContext context) =>
        from facts in context.Facts
        let problems = IdentityNumber.Check(facts.Record.Number, null, null)
        where problems.Contains(IdentityNumberProblem.InvalidFormat) || problems.Contains(IdentityNumberProblem.UnknownProvince)
        select Flag(facts, problems[0].ToString());
}
