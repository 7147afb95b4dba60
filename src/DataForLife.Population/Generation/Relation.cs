namespace DataForLife.Population.Generation;

/// <summary>Relationship to the household head (quan_he_voi_chu_ho); None for the deceased, whose residence is struck off.</summary>
internal enum Relation : byte
{
    None,
    Head,
    Wife,
    Husband,
    Child,
    Father,
    Mother,
    Grandchild,
    DaughterInLaw,
}
