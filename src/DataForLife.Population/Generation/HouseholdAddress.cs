namespace DataForLife.Population.Generation;

/// <summary>A dwelling: its province of residence (one of the 63) and the numbers that make its address unique.</summary>
internal struct HouseholdAddress
{
    public byte Residence;
    public bool Urban;

    /// <summary>A student dormitory (Ký túc xá), written as such; other dwellings are houses.</summary>
    public bool Dormitory;
    public short House;
    public short Alley;
    public short Hamlet;
    /// <summary>Index into the residence province's communes.</summary>
    public short Commune;
}
