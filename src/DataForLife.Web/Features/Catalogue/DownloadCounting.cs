using System.Globalization;

namespace DataForLife.Web.Features.Catalogue;

/// <summary>
/// Which responses count as a download: a GET that serves the whole file, or a part that reaches its last byte (a
/// resumed download). Parts that stop short, HEAD requests, 304, 412 and 416 do not count, so a client fetching a
/// file in parallel pieces counts once.
/// </summary>
public static class DownloadCounting
{
    public static bool Counts(string method, int status, string? contentRange, long length)
    {
        if (!HttpMethods.IsGet(method))
        {
            return false;
        }

        if (status == StatusCodes.Status200OK)
        {
            return true;
        }

        // Content-Range: bytes first-last/length
        if (status != StatusCodes.Status206PartialContent || contentRange is null || !contentRange.StartsWith("bytes ", StringComparison.Ordinal))
        {
            return false;
        }

        var span = contentRange["bytes ".Length..].Split('/')[0].Split('-');
        return span.Length == 2 && long.TryParse(span[1], NumberStyles.None, CultureInfo.InvariantCulture, out var last) && last == length - 1;
    }
}
