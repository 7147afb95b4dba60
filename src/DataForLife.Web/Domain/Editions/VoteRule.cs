namespace DataForLife.Web.Domain.Editions;

public enum VoteRule
{
    OnePerEntryForWindow,
    OnePerEntryPerDay,
}
