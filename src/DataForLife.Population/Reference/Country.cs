namespace DataForLife.Population.Reference;

/// <summary>A country where births of Vietnamese citizens are registered (by the mission there), with its code in the number (facts §2.4).</summary>
internal sealed class Country(int index, int code, string name)
{
    public int Index { get; } = index;

    public int Code { get; } = code;

    public EncodedText Name { get; } = new(name);

    /// <summary>"Cơ quan đại diện Việt Nam tại Hàn Quốc": the registration place of a birth abroad.</summary>
    public EncodedText Mission { get; } = new("Cơ quan đại diện Việt Nam tại " + name);
}
