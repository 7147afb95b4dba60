namespace DataForLife.Population;

/// <summary>
/// The labelled classes. The first fourteen are positives a detector should find: data-quality errors and fraud,
/// each of one difficulty tier (<see cref="AnomalyClasses.Tier"/>). The <c>Noise*</c> classes are benign clerical
/// variation: labelled so that false alarms on them can be counted, never positives.
/// </summary>
public enum AnomalyClass
{
    InvalidNumber,
    ImpossibleDate,
    NumberSexMismatch,
    NumberBirthYearMismatch,
    NumberProvinceMismatch,
    DuplicateRecord,
    InconsistentFamilyLink,
    DeceasedButActive,
    SharedNumber,
    AddressFarm,
    OnePersonTwoNumbers,
    SyntheticIdentity,
    IdentityTrading,
    Ghost,
    NoiseMissingDiacritics,
    NoiseTypo,
    NoiseCityAbbreviation,
    NoiseDayMonthSwap,
}
