using DataForLife.Population.Randomness;
using DataForLife.Population.Reference;

namespace DataForLife.Population.Generation;

/// <summary>
/// Gives each household a dwelling. The house, alley, hamlet and commune slot are the digits of a keyed permutation of
/// the household's index, so no two households of a file share an address (up to 2^25 households, about 120 million
/// people); only deliberate address farms put unrelated people under one roof. A province with fewer communes than
/// slots folds the rest of the slot into the house number (Số 1 to 1,500).
/// </summary>
internal sealed class AddressMaker(ulong seed)
{
    private const int Houses = 300;
    private const int Alleys = 100;
    private const int Hamlets = 30;

    // 300 * 100 * 30 * 38 >= 2^25.
    private const int CommuneBlock = 38;
    private const uint Domain = 1U << 25;

    private readonly FeistelPermutation _permutation = new(Mix.Hash(seed, 0xADD12E55UL), Domain);

    public HouseholdAddress Make(RandomStream random, Place residence, long household)
    {
        var value = _permutation.Apply((uint)(household % Domain));
        var house = (short)(1 + (value % Houses));
        value /= Houses;
        var alley = (short)(value % Alleys);
        value /= Alleys;
        var hamlet = (short)(1 + (value % Hamlets));
        value /= Hamlets;
        var slot = (int)value;
        var communes = residence.Communes.Length;
        var commune = communes >= CommuneBlock ? slot + (CommuneBlock * random.Below(communes / CommuneBlock)) : slot % communes;
        return new HouseholdAddress
        {
            Residence = (byte)residence.Index,
            Urban = residence.Communes[commune].Urban,
            House = (short)(house + (communes >= CommuneBlock ? 0 : Houses * (slot / communes))),
            Alley = alley,
            Hamlet = hamlet,
            Commune = (short)commune,
        };
    }
}
