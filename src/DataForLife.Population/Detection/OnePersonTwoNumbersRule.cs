namespace DataForLife.Population.Detection;

/// <summary>One person under several numbers: the same name (diacritics and case ignored), birth date and sex under different numbers.</summary>
internal sealed class OnePersonTwoNumbersRule : DetectionRule
{
    public override AnomalyClass Class => AnomalyClass.OnePersonTwoNumbers;

    public override string Description => "the same name, birth date and sex under different numbers";

    public override IEnumerable<Finding> Find(DetectionContext context) =>
        from facts in context.Facts
        group facts by string.Join('|', facts.NameKey, facts.Record.BirthDate, facts.Record.Sex)
        into person
        where person.Select(f => f.Record.Number).Distinct(StringComparer.Ordinal).Count() > 1
        from facts in person
        select Flag(facts, "person:" + person.Key, "same person, numbers " + string.Join(" ", person.Select(f => f.Record.Number).Distinct(StringComparer.Ordinal)));
}
