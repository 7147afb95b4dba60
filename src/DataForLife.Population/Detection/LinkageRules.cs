namespace DataForLife.Population.Detection;

/// <summary>The reference detector's rules that link records: each keeps the findings of its own class.</summary>
internal sealed class SameNumberLinkageRule(AnomalyClass anomaly) : DetectionRule
{
    public override AnomalyClass Class => anomaly;

    public override string Description => anomaly switch
    {
        AnomalyClass.Ghost => "a living record under a dead person's number and name",
        AnomalyClass.DuplicateRecord => "one person entered twice under one number (name as typed, same hometown and parents)",
        AnomalyClass.IdentityTrading => "one identity under one number with another hometown or other parents",
        _ => "one number held by different people",
    };

    public override IEnumerable<Finding> Find(DetectionContext context) =>
        SameNumberLinkage.Classify(context, (f, c, g, r) => new Finding(f.Record.RecordId, c, g, r)).Where(f => f.Class == anomaly);
}

/// <summary>
/// One person under two numbers: records whose names match as typed, with the same birth date and sex, and the same
/// hometown or the same parents. When one of them is dead, the living one is an identity built from the dead one's parts.
/// </summary>
internal sealed class PersonLinkageRule(AnomalyClass anomaly) : DetectionRule
{
    public override AnomalyClass Class => anomaly;

    public override string Description => anomaly == AnomalyClass.SyntheticIdentity
        ? "a living record with a dead person's name, birth date and background under another number"
        : "one person (name as typed, birth date, sex, hometown or parents) under several numbers";

    public override IEnumerable<Finding> Find(DetectionContext context)
    {
        foreach (var block in context.Facts.Where(f => f.Born is not null).GroupBy(f => (f.Born, f.Record.Sex)))
        {
            var people = block.ToList();
            for (var i = 0; i < people.Count; i++)
            {
                for (var j = i + 1; j < people.Count; j++)
                {
                    var (a, b) = (people[i], people[j]);
                    if (a.Record.Number == b.Record.Number || !SameNumberLinkage.SamePerson(a, b) || !Related(a, b))
                    {
                        continue;
                    }

                    var deadA = a.IsDead && a.Record.Residence.Length == 0;
                    var deadB = b.IsDead && b.Record.Residence.Length == 0;
                    var synthetic = deadA != deadB;
                    if (synthetic != (anomaly == AnomalyClass.SyntheticIdentity))
                    {
                        continue;
                    }

                    foreach (var record in synthetic ? [deadA ? b : a] : new[] { a, b })
                    {
                        yield return Flag(record, "person:" + a.Record.RecordId, "same person as record " + (record == a ? b : a).Record.RecordId);
                    }
                }
            }
        }
    }

    private static bool Related(RecordFacts a, RecordFacts b) =>
        a.HometownUnit == b.HometownUnit
        || (a.Record.FatherNumber.Length > 0 && a.Record.FatherNumber == b.Record.FatherNumber)
        || (a.Record.MotherNumber.Length > 0 && a.Record.MotherNumber == b.Record.MotherNumber);
}

/// <summary>A death date long past (over 180 days) on a record still registered: recent deaths wait for their paperwork.</summary>
internal sealed class LongDeceasedButActiveRule : DetectionRule
{
    public override AnomalyClass Class => AnomalyClass.DeceasedButActive;

    public override string Description => "dead over 180 days before the register date but still registered";

    public override IEnumerable<Finding> Find(DetectionContext context) =>
        from facts in context.Facts
        where facts.IsDead && facts.Died is { } died && died < Generation.Ages.RegisterDate.AddDays(-180)
            && (facts.Record.Residence.Length > 0 || facts.Record.HeadNumber.Length > 0)
        select Flag(facts, "dead " + facts.Record.DeathDate + " but still registered");
}

/// <summary>
/// Four or more adults with no recorded parents and no family link between them at one house (not a dormitory):
/// lodgers registered apart from their families keep their parents' numbers, farmed identities have none.
/// </summary>
internal sealed class RootlessAddressFarmRule : DetectionRule
{
    public override AnomalyClass Class => AnomalyClass.AddressFarm;

    public override string Description => "4+ adults at one house with no parents recorded and no family link between them";

    public override IEnumerable<Finding> Find(DetectionContext context)
    {
        var byAddress = context.Facts.Where(f => f.AddressKey.Length > 0 && f.Age is >= 18 && !f.AddressKey.StartsWith("ky tuc xa", StringComparison.Ordinal))
            .GroupBy(f => f.AddressKey, StringComparer.Ordinal);
        foreach (var dwelling in byAddress)
        {
            var numbers = dwelling.Select(f => f.Record.Number).ToHashSet(StringComparer.Ordinal);
            var rootless = dwelling.Where(f => f.Record.FatherNumber.Length == 0 && f.Record.MotherNumber.Length == 0
                && (f.Record.SpouseNumber.Length == 0 || !numbers.Contains(f.Record.SpouseNumber))
                && !dwelling.Any(o => o.Record.FatherNumber == f.Record.Number || o.Record.MotherNumber == f.Record.Number || o.Record.SpouseNumber == f.Record.Number))
                .ToList();
            if (rootless.Count >= AddressFarmRule.Threshold)
            {
                foreach (var adult in rootless)
                {
                    yield return Flag(adult, "farm:" + dwelling.Key, $"{rootless.Count} rootless adults at one house");
                }
            }
        }
    }
}
