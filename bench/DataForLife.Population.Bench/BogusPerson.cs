namespace DataForLife.Population.Bench;

/// <summary>The nearest fields Bogus's <c>vi</c> locale can produce for our 17 columns.</summary>
public sealed class BogusPerson
{
    public string Number { get; set; } = "";

    public string FullName { get; set; } = "";

    public DateTime BirthDate { get; set; }

    public string Sex { get; set; } = "";

    public string BirthRegistration { get; set; } = "";

    public string Hometown { get; set; } = "";

    public string Ethnicity { get; set; } = "";

    public string Religion { get; set; } = "";

    public string MaritalStatus { get; set; } = "";

    public string BloodGroup { get; set; } = "";

    public string Residence { get; set; } = "";

    public string RelationToHead { get; set; } = "";

    public string HeadNumber { get; set; } = "";

    public string FatherNumber { get; set; } = "";

    public string MotherNumber { get; set; } = "";

    public string SpouseNumber { get; set; } = "";

    public string DeathDate { get; set; } = "";
}
