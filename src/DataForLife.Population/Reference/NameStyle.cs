namespace DataForLife.Population.Reference;

/// <summary>The order of a name's parts: family first (Kinh and most groups), the clan name last (Ê Đê), or no family name.</summary>
internal enum NameStyle : byte
{
    FamilyFirst,
    ClanLast,
    NoFamily,
}
