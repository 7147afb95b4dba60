namespace DataForLife.Web.Infrastructure.Lists;

/// <summary>One page of a list after its search, filters and sort: the rows shown and how many matched in all.</summary>
public sealed record ListPage<T>(IReadOnlyList<T> Items, int Total, int Page, int PageSize)
{
    public int Pages => Math.Max(1, (Total + PageSize - 1) / PageSize);
}
