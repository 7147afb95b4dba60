using DataForLife.Population.Generation;

namespace DataForLife.Population.Detection;

/// <summary>
/// Links to father, mother, spouse and household head that contradict the records they point at (§5.2
/// FAMILY_LINK_INCONSISTENT): a father who is a woman or a mother who is a man, a parent
/// under 13 (or implausibly old) at the birth, a mother dead before it or a father dead over 300 days before it, a
/// spouse who does not link back or who is oneself, a "head" who is not a head, and a married, divorced or widowed
/// person under the legal marriage age (18 for women, 20 for men). A number nobody in the file holds is a relative
/// living elsewhere, which the register records as it is: not flagged. Links through a number several records hold,
/// and dates that cannot be, are left to their own rules.
/// </summary>
internal sealed class FamilyLinkRule : DetectionRule
{
    private const string Head = "Chủ hộ";
    private const string Married = "Đã kết hôn";
    private const string NeverMarried = "Chưa kết hôn";

    public override AnomalyClass Class => AnomalyClass.InconsistentFamilyLink;

    public override string Description => "a parent, spouse or head link that contradicts the linked record, or marriage under the legal age";

    public override IEnumerable<Finding> Find(DetectionContext context)
    {
        foreach (var facts in context.Facts)
        {
            if (Problem(context, facts) is { } problem)
            {
                yield return Flag(facts, problem);
            }
        }
    }

    private static string? Problem(DetectionContext context, RecordFacts facts)
    {
        var record = facts.Record;
        if (facts.Age is { } age && facts.Sex is { } sex && record.MaritalStatus is { Length: > 0 } status && status != NeverMarried
            && age < (sex == Sex.Female ? 18 : 20))
        {
            return $"{status} at {age}";
        }

        return Parent(context, facts, record.FatherNumber, Sex.Male, 80)
            ?? Parent(context, facts, record.MotherNumber, Sex.Female, 60)
            ?? Spouse(context, facts)
            ?? (record.HeadNumber.Length == 0 ? null
                : context.Single(record.HeadNumber) is { } head && head.Record.RelationToHead != Head ? "head is not a household head" : null);
    }

    private static string? Parent(DetectionContext context, RecordFacts child, string number, Sex sex, int oldest)
    {
        if (number.Length == 0)
        {
            return null;
        }

        if (number == child.Record.Number)
        {
            return "own parent";
        }

        if (context.Single(number) is not { } parent)
        {
            return null;
        }

        if (parent.Sex is { } parentSex && parentSex != sex)
        {
            return sex == Sex.Male ? "father is a woman" : "mother is a man";
        }

        if (child.HasImpossibleDate || parent.HasImpossibleDate || child.Born is not { } born || parent.Born is not { } parentBorn)
        {
            return null;
        }

        var ageAtBirth = Ages.Between(parentBorn, born);
        if (ageAtBirth < 13 || ageAtBirth > oldest)
        {
            return $"parent aged {ageAtBirth} at the birth";
        }

        var deadline = sex == Sex.Female ? born : born.AddDays(-300);
        return parent.Died is { } died && died < deadline ? "parent died before the birth" : null;
    }

    private static string? Spouse(DetectionContext context, RecordFacts facts)
    {
        var record = facts.Record;
        if (record.SpouseNumber.Length == 0)
        {
            return null;
        }

        if (record.SpouseNumber == record.Number)
        {
            return "married to oneself";
        }

        if (record.MaritalStatus != Married)
        {
            return "a spouse but not married";
        }

        return context.Single(record.SpouseNumber) is { } spouse && context.Single(record.Number) is not null && spouse.Record.SpouseNumber != record.Number
            ? "spouse does not link back" : null;
    }
}
