namespace DataForLife.Population.Detection;

/// <summary>One data row of a population file: its 1-based position (the record id of labels) and its 17 values.</summary>
public sealed class PopulationRecord(long recordId, IReadOnlyList<string> values)
{
    public long RecordId { get; } = recordId;

    public IReadOnlyList<string> Values { get; } = values;

    public string this[int column] => Values[column];

    public string Number => Values[0];

    public string FullName => Values[1];

    public string BirthDate => Values[2];

    public string Sex => Values[3];

    public string BirthRegistration => Values[4];

    public string Hometown => Values[5];

    public string Nationality => Values[8];

    public string MaritalStatus => Values[9];

    public string Residence => Values[10];

    public string RelationToHead => Values[11];

    public string HeadNumber => Values[12];

    public string FatherNumber => Values[13];

    public string MotherNumber => Values[14];

    public string SpouseNumber => Values[15];

    public string DeathDate => Values[16];
}
