namespace DataForLife.Population.Detection;

/// <summary>
/// The reference detector's reading of records that share a number: a living record under a dead person's number
/// and name is a ghost; the same person (name matched as typed, same birth date and sex) is a duplicate entry when
/// hometown and parents agree, and a traded identity when they do not; different people under one number share it.
/// </summary>
internal static class SameNumberLinkage
{
    public static IEnumerable<Finding> Classify(DetectionContext context, Func<RecordFacts, AnomalyClass, string, string, Finding> flag)
    {
        foreach (var (number, indices) in context.ByNumber.Where(e => e.Value.Count > 1))
        {
            var facts = indices.Select(i => context.Facts[i]).ToList();
            var dead = facts.Where(f => f.IsDead && f.Record.Residence.Length == 0).ToList();
            var living = facts.Except(dead).ToList();
            if (dead.Count > 0 && living.Count > 0 && living.All(l => dead.Any(d => SamePerson(d, l))))
            {
                foreach (var ghost in living)
                {
                    yield return flag(ghost, AnomalyClass.Ghost, "ghost:" + number, "a dead person's number and name in use");
                }

                continue;
            }

            var samePerson = facts.All(f => SamePerson(f, facts[0]));
            var anomaly = !samePerson ? AnomalyClass.SharedNumber
                : facts.All(f => SameBackground(f, facts[0])) ? AnomalyClass.DuplicateRecord : AnomalyClass.IdentityTrading;
            foreach (var record in facts)
            {
                yield return flag(record, anomaly, "number:" + number, anomaly.Name());
            }
        }
    }

    public static bool SamePerson(RecordFacts a, RecordFacts b) =>
        a.Record.Sex == b.Record.Sex && a.Born is not null && a.Born == b.Born && NameMatch.Same(a.LinkageName, b.LinkageName);

    /// <summary>Same hometown (whichever era names it) and no parent link that disagrees.</summary>
    public static bool SameBackground(RecordFacts a, RecordFacts b) =>
        a.HometownUnit == b.HometownUnit
        && Agree(a.Record.FatherNumber, b.Record.FatherNumber) && Agree(a.Record.MotherNumber, b.Record.MotherNumber);

    private static bool Agree(string a, string b) => a.Length == 0 || b.Length == 0 || a == b;
}
