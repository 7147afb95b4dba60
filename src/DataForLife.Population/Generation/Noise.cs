namespace DataForLife.Population.Generation;

/// <summary>Benign noise written into a record: clerical variation, not fraud.</summary>
internal enum Noise : byte
{
    None,
    MissingDiacritics,
    Typo,
    CityAbbreviation,
}
