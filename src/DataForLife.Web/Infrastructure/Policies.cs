namespace DataForLife.Web.Infrastructure;

public static class Policies
{
    public const string Organizer = "Organizer";

    /// <summary>Organisers, and the steering committee who read everything and change nothing.</summary>
    public const string OrganizerOrObserver = "OrganizerOrObserver";
}
