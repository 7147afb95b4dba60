using DataForLife.Population.Reference;

namespace DataForLife.Population.Generation;

/// <summary>
/// One generated person inside a chunk. Texts are numbers into the reference tables, links are positions in the chunk
/// (households never link outside their chunk), and the identity number is a counter of its slot that becomes a
/// serial only once the chunk's place in the file is known.
/// </summary>
internal struct PersonRecord
{
    public int Counter;
    public int CounterLocal;
    public IdMangle Mangle;
    public byte MangleArgument;
    public short BirthYear;
    public byte BirthMonth;
    public byte BirthDay;
    public short DeathYear;
    public byte DeathMonth;
    public byte DeathDay;
    public Sex Sex;
    public int Family;
    public int Middle1;
    public int Middle2;
    public int Given;
    public byte Registration;
    public short RegistrationCommune;
    public bool RegistrationUrban;
    public byte Hometown;
    public byte Ethnicity;
    public byte Religion;
    public MaritalStatus Marital;
    public byte BloodGroup;
    public int Household;
    public Relation Relation;
    public int Father;
    public int Mother;
    public int Spouse;
    public int Head;
    public Noise Noise;
    public byte NoiseArgument;

    /// <summary>Already labelled, or a party to an anomaly: no second anomaly may touch it.</summary>
    public bool Touched;

    public readonly bool IsDead => DeathYear != 0;

    public readonly DateOnly BirthDate => new(BirthYear, BirthMonth, BirthDay);

    public readonly int AgeAt(DateOnly date) => Ages.Between(BirthDate, date);

    public void SetBirth(DateOnly date)
    {
        BirthYear = (short)date.Year;
        BirthMonth = (byte)date.Month;
        BirthDay = (byte)date.Day;
    }

    public void SetDeath(DateOnly date)
    {
        DeathYear = (short)date.Year;
        DeathMonth = (byte)date.Month;
        DeathDay = (byte)date.Day;
    }
}
