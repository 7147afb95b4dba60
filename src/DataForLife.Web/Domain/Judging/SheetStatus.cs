namespace DataForLife.Web.Domain.Judging;

public enum SheetStatus
{
    Draft,
    Submitted,
}
