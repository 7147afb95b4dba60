namespace DataForLife.Population.Detection;

/// <summary>
/// The stronger reference: the baseline's single-record rules plus cross-record linkage. It matches names as they
/// were typed (diacritics, Telex slips, one letter, a dropped middle name), compares hometowns across eras and
/// parents, tells a duplicate from a traded identity, a ghost or a shared number, links the living to the dead, leaves
/// recent deaths and lodgers with parents alone. It shows what reading the data together gains over the baseline.
/// </summary>
public static class LinkageDetector
{
    private static DetectionRule[] Rules() =>
    [
        new InvalidNumberRule(), new NumberSexMismatchRule(), new NumberBirthYearMismatchRule(), new NumberProvinceMismatchRule(),
        new ImpossibleDateRule(), new LongDeceasedButActiveRule(), new FamilyLinkRule(),
        new SameNumberLinkageRule(AnomalyClass.DuplicateRecord), new SameNumberLinkageRule(AnomalyClass.IdentityTrading),
        new SameNumberLinkageRule(AnomalyClass.SharedNumber), new SameNumberLinkageRule(AnomalyClass.Ghost),
        new PersonLinkageRule(AnomalyClass.OnePersonTwoNumbers), new PersonLinkageRule(AnomalyClass.SyntheticIdentity),
        new RootlessAddressFarmRule(),
    ];

    public static IReadOnlyList<RuleResult> Run(IReadOnlyList<PopulationRecord> records) => BaselineDetector.Run(records, Rules());
}
