namespace DataForLife.Web.Features.Roster;

/// <summary>One person for the roster, from the form or from one row of an imported file.</summary>
public sealed class StaffInput
{
    public string? Body { get; set; }
    public string? Group { get; set; }
    public string? Position { get; set; }
    public string? FullName { get; set; }
    public string? DateOfBirth { get; set; }
    public string? Email { get; set; }
    public string? IdentityNumber { get; set; }
    public string? Organisation { get; set; }

    public bool IsEmpty => new[] { Body, Group, Position, FullName, DateOfBirth, Email, IdentityNumber, Organisation }.All(string.IsNullOrWhiteSpace);
}
