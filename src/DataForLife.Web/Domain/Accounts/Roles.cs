namespace DataForLife.Web.Domain.Accounts;

/// <summary>The platform's roles. Team membership is data, not a role.</summary>
public static class Roles
{
    public const string Organizer = "Organizer";
    public const string Judge = "Judge";
    public const string Mentor = "Mentor";

    /// <summary>The steering committee: reads everything, changes nothing.</summary>
    public const string Observer = "Observer";

    public static IReadOnlyList<string> All { get; } = [Organizer, Judge, Mentor, Observer];

    /// <summary>Roles that must use a second factor when the edition requires it.</summary>
    public static IReadOnlyList<string> Staff { get; } = [Organizer, Judge];
}
