namespace DataForLife.Population.Detection;

/// <summary>
/// The rule-based baseline: one simple rule per class it knows, each over the whole file, each finding a prediction
/// of its class. It reads records one at a time or by exact keys (same number, same name and birth date, same
/// address) and knows none of the hard classes. It holds the file in memory (contest files are thousands to a few
/// million records). <see cref="LinkageDetector"/> is the stronger reference.
/// </summary>
public static class BaselineDetector
{
    private static DetectionRule[] Rules() =>
    [
        new InvalidNumberRule(), new NumberSexMismatchRule(), new NumberBirthYearMismatchRule(), new NumberProvinceMismatchRule(),
        new ImpossibleDateRule(), new DeceasedButActiveRule(), new DuplicateRecordRule(), new SharedNumberRule(),
        new OnePersonTwoNumbersRule(), new FamilyLinkRule(), new AddressFarmRule(),
    ];

    public static IReadOnlyList<RuleResult> Run(IReadOnlyList<PopulationRecord> records) => Run(records, Rules());

    internal static IReadOnlyList<RuleResult> Run(IReadOnlyList<PopulationRecord> records, IEnumerable<DetectionRule> rules)
    {
        var context = new DetectionContext(records);
        return [.. rules.Select(rule => new RuleResult(rule.GetType().Name.Replace("Rule", "", StringComparison.Ordinal), rule.Class,
            rule.Description, [.. rule.Find(context).OrderBy(f => f.RecordId)]))];
    }

    /// <summary>Writes predictions in the labels format: <c>record_id,class,group_id</c>, records found together sharing a group.</summary>
    public static void WritePredictions(IReadOnlyList<RuleResult> results, TextWriter writer)
    {
        ArgumentNullException.ThrowIfNull(results);
        ArgumentNullException.ThrowIfNull(writer);
        writer.Write("record_id,class,group_id\n");
        var groups = new Dictionary<(AnomalyClass, string), int>();
        foreach (var finding in results.SelectMany(r => r.Findings).OrderBy(f => f.RecordId).ThenBy(f => f.Class))
        {
            if (!groups.TryGetValue((finding.Class, finding.Group), out var group))
            {
                groups[(finding.Class, finding.Group)] = group = groups.Count + 1;
            }

            writer.Write(FormattableString.Invariant($"{finding.RecordId},{finding.Class.Name()},{group}\n"));
        }
    }
}
