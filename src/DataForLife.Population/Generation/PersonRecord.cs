using System.Runtime.InteropServices;

namespace DataForLife.Population.Generation;

/// <summary>
/// One generated person inside a chunk. Texts are numbers into the reference tables and links are positions in the
/// chunk (households never link outside their chunk). The number is described by its parts (code, sex digit, year);
/// its serial is taken only once the chunk's order and place in the file are known. A phantom is a relative who is
/// not in the file (a parent or spouse living elsewhere): it has a number that others link to, and no row. The runtime
/// orders the fields (no padding between bytes and ints), since chunks are written in shuffled order and a smaller
/// record misses the processor's cache less often.
/// </summary>
[StructLayout(LayoutKind.Auto)]
internal struct PersonRecord
{
    public short NumberCode;
    public Sex NumberSex;
    public short NumberYear;

    /// <summary>The record whose number this one carries (a copy, a shared or traded number); -1 for its own.</summary>
    public int NumberOf;
    public int Slot;
    public int SlotPosition;
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

    /// <summary>1 + the index of the country of a birth registered abroad; 0 for a province.</summary>
    public byte Abroad;

    /// <summary>Index into the registration province's communes.</summary>
    public short RegistrationCommune;
    public byte Hometown;
    public byte Ethnicity;
    public byte Religion;
    public MaritalStatus Marital;
    public int Household;
    public Relation Relation;
    public int Father;
    public int Mother;
    public int Spouse;
    public int Head;
    public Noise Noise;
    public byte NoiseArgument;

    /// <summary>Places written under the 2025 names (the record was updated since the merger) rather than the old ones.</summary>
    public bool NewEra;
    public bool Phantom;

    /// <summary>Already labelled, or a party to an anomaly: no second anomaly may touch it.</summary>
    public bool Touched;

    public readonly bool IsDead => DeathYear != 0;

    public readonly DateOnly BirthDate => new(BirthYear, BirthMonth, BirthDay);

    public readonly DateOnly DeathDate => new(DeathYear, DeathMonth, DeathDay);

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

    /// <summary>The number fits the person: code of the registration place, their sex and year of birth.</summary>
    public void NumberFromIdentity(int registrationCode)
    {
        NumberCode = (short)registrationCode;
        NumberSex = Sex;
        NumberYear = BirthYear;
    }
}
