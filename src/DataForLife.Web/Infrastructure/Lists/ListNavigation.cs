namespace DataForLife.Web.Infrastructure.Lists;

/// <summary>What the shared search, export and paging controls of a list need (<c>Features/Shared/_ListControls</c>, <c>_ListPaging</c>).</summary>
public sealed record ListNavigation(ListQuery Query, int Pages, IReadOnlyDictionary<string, string?> Filters, bool Exports = true);
