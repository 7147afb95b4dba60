using DataForLife.Population;

namespace DataForLife.Web.Domain.Registration;

/// <summary>A profile as a person typed it, before it is checked.</summary>
public sealed class ProfileInput
{
    public string? FullName { get; set; }
    public DateOnly? DateOfBirth { get; set; }
    public Sex? Sex { get; set; }
    public string? Nationality { get; set; } = Profile.VietNam;
    public string? CountryOfResidence { get; set; } = Profile.VietNam;
    public string? DocumentNumber { get; set; }
    public string? Phone { get; set; }
    public string? Organisation { get; set; }
}
