namespace DataForLife.Web.Domain.Judging;

/// <summary>The head of the jury's order for entries that the rules left tied, with the written reason.</summary>
public sealed record TieOrder(IReadOnlyList<int> EntryIds, string Reason);
