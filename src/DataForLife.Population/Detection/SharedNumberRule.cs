namespace DataForLife.Population.Detection;

/// <summary>Different people (name, birth date or sex differ) under one number, which the law never re-issues (§5.1).</summary>
internal sealed class SharedNumberRule : DetectionRule
{
    public override AnomalyClass Class => AnomalyClass.SharedNumber;

    public override string Description => "one số định danh held by people whose name, birth date or sex differ";

    public override IEnumerable<Finding> Find(DetectionContext context) =>
        from g in SameNumberRules.Groups(context)
        where g.Identities.Count > 1
        from identity in g.Identities
        from facts in identity
        select Flag(facts, "shared:" + g.Number, $"{g.Identities.Count} people share the number");
}
