namespace DataForLife.Web.Infrastructure.Lists;

/// <summary>
/// A column of an organisers' list: its key in the query string (<c>sort=key</c>), the text key of its heading, the
/// value it sorts by, and the text it shows, searches and exports.
/// </summary>
public sealed record ListColumn<T>(string Key, string HeadingKey, Func<T, IComparable?> SortValue, Func<T, string?> Text);
