namespace DataForLife.Web.Domain.Editions;

public enum PhaseState
{
    Upcoming,
    Open,
    Closed,
}
