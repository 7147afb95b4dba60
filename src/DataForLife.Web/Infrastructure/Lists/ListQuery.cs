using DataForLife.Web.Domain;
using Microsoft.AspNetCore.WebUtilities;

namespace DataForLife.Web.Infrastructure.Lists;

/// <summary>
/// What an organisers' list is asked for in its query string, the same on every list: <c>q</c> (a search over every
/// column's text, without regard to case or diacritics), <c>sort</c> (a column's key) and <c>desc</c>, <c>p</c> (the
/// page). A list adds its own filters; the export applies the same query, without the paging.
/// </summary>
public sealed class ListQuery
{
    public const int PageSize = 25;

    public string? Q { get; set; }

    public string? Sort { get; set; }

    public bool Desc { get; set; }

    public int P { get; set; } = 1;

    /// <summary>The rows matching the search, in the order asked (the list's own order when no known column is named).</summary>
    public IReadOnlyList<T> Select<T>(IEnumerable<T> rows, IReadOnlyList<ListColumn<T>> columns)
    {
        var key = VietnameseText.Fold(Q);
        var found = key.Length == 0 ? rows : rows.Where(r => columns.Any(c => VietnameseText.Fold(c.Text(r)).Contains(key, StringComparison.Ordinal)));
        if (columns.FirstOrDefault(c => c.Key == Sort) is { } column)
        {
            // Stable: rows equal on the column keep the list's own order.
            found = Desc ? found.OrderByDescending(column.SortValue, Comparer<IComparable?>.Default) : found.OrderBy(column.SortValue, Comparer<IComparable?>.Default);
        }

        return [.. found];
    }

    public ListPage<T> PageOf<T>(IEnumerable<T> rows, IReadOnlyList<ListColumn<T>> columns)
    {
        var selected = Select(rows, columns);
        var pages = Math.Max(1, (selected.Count + PageSize - 1) / PageSize);
        P = Math.Clamp(P, 1, pages);
        return new ListPage<T>([.. selected.Skip((P - 1) * PageSize).Take(PageSize)], selected.Count, P, PageSize);
    }

    /// <summary>The link to this list with the given changes; the list's own filters are passed in <paramref name="filters"/>.</summary>
    public string Link(IReadOnlyDictionary<string, string?> filters, int? page = null, string? sort = null, string? handler = null, string? format = null)
    {
        var desc = sort is null ? Desc : sort == Sort && !Desc;
        var values = new Dictionary<string, string?>(filters)
        {
            ["handler"] = handler, ["format"] = format, ["q"] = Q, ["sort"] = sort ?? Sort, ["desc"] = desc ? "true" : null,
            ["p"] = handler is null ? (page ?? P).ToString(System.Globalization.CultureInfo.InvariantCulture) : null,
        };
        return QueryHelpers.AddQueryString(string.Empty, values.Where(v => !string.IsNullOrEmpty(v.Value)));
    }

    /// <summary>The search and sort, as written to the audit log with an export.</summary>
    public object Described(IReadOnlyDictionary<string, string?> filters) =>
        new { q = Q, sort = Sort, desc = Desc, filters = filters.Where(f => !string.IsNullOrEmpty(f.Value)).ToDictionary() };
}
