namespace DataForLife.Web.Domain.Roster;

public enum StaffPosition
{
    Member,
    Lead,
    Head,
}
