namespace DataForLife.Web.Domain.Roster;

/// <summary>The bodies of an edition's staff roster.</summary>
public enum StaffBody
{
    Steering,
    Organising,
    Jury,
    Council,
    Support,
    Mentors,
}
