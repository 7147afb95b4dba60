namespace DataForLife.Population.Detection;

/// <summary>The same person twice under the same number.</summary>
internal sealed class DuplicateRecordRule : DetectionRule
{
    public override AnomalyClass Class => AnomalyClass.DuplicateRecord;

    public override string Description => "two or more records with the same số định danh, name, birth date and sex";

    public override IEnumerable<Finding> Find(DetectionContext context) =>
        from g in SameNumberRules.Groups(context)
        from identity in g.Identities
        where identity.Count() > 1
        from facts in identity
        select Flag(facts, "dup:" + g.Number, "same number, same person");
}
