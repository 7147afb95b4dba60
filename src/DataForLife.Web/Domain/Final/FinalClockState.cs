namespace DataForLife.Web.Domain.Final;

public enum FinalClockState
{
    NotStarted,
    Running,
    Over,
}
