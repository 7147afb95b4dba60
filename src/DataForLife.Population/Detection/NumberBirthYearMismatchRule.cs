namespace DataForLife.Population.Detection;

/// <summary>Digits 4-6 give another year of birth than the written date (its year is read even when its day cannot exist).</summary>
internal sealed class NumberBirthYearMismatchRule : DetectionRule
{
    public override AnomalyClass Class => AnomalyClass.NumberBirthYearMismatch;

    public override string Description => "the century digit and two year digits disagree with the year of ngày sinh";

    public override IEnumerable<Finding> Find(DetectionContext context)
    {
        foreach (var facts in context.Facts)
        {
            if (facts.BirthYearWritten is { } year && IdentityNumber.TryParse(facts.Record.Number, out var number) && number.BirthYear != year)
            {
                yield return Flag(facts, $"number says {number.BirthYear}, record says {year}");
            }
        }
    }
}
