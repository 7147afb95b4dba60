using DataForLife.Population.Randomness;
using DataForLife.Population.Reference;

namespace DataForLife.Population.Generation;

/// <summary>What the members of one household share while it is being built.</summary>
internal sealed class HouseholdContext
{
    public Chunk Chunk { get; set; } = null!;

    public RandomStream Random { get; set; } = null!;

    /// <summary>Position of the household in the chunk (its address).</summary>
    public int Slot { get; set; }

    public Place Residence { get; set; } = null!;

    public byte Ethnicity { get; set; }

    public byte Religion { get; set; }

    /// <summary>Position of the household head in the chunk; -1 until the head exists.</summary>
    public int Head { get; set; } = -1;

    /// <summary>Position of the household's first record.</summary>
    public int First { get; set; }
}
