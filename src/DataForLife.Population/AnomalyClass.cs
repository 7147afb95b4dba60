namespace DataForLife.Population;

/// <summary>The labelled anomaly classes. The four <c>Noise*</c> classes are benign clerical variation, not fraud.</summary>
public enum AnomalyClass
{
    DuplicateRecord,
    OnePersonTwoNumbers,
    SharedNumber,
    NumberSexMismatch,
    NumberBirthYearMismatch,
    NumberProvinceMismatch,
    InvalidNumber,
    ImpossibleDate,
    DeceasedButActive,
    InconsistentFamilyLink,
    AddressFarm,
    NoiseMissingDiacritics,
    NoiseTypo,
    NoiseCityAbbreviation,
    NoiseOldProvinceName,
}
