using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Primitives;

namespace DataForLife.Web.Infrastructure;

/// <summary>
/// A NUL character has no place in any text the platform takes, and PostgreSQL refuses to store one. A query string,
/// a URL-encoded form or a JSON body carrying one (or a form that the framework cannot read) is answered 400 before any
/// handler sees it (with the reason on the API, with the error page elsewhere). JSON can only carry it escaped
/// (<c>\u0000</c>), so the body is read once into a buffer, searched for that escape, and handed on from its start; a
/// JSON body over <see cref="MaxFormBytes"/> is refused with 413 (the largest, a dossier of four 20,000-character
/// parts, is under half of it even with every letter escaped). Multipart forms are not read here, so that each upload
/// keeps its own size limit, nor URL-encoded forms over <see cref="MaxFormBytes"/>.
/// </summary>
public static class NulGuard
{
    /// <summary>The largest form read here, before anyone is signed in (the longest dossier text is a fifth of it), and the largest JSON body.</summary>
    public const long MaxFormBytes = 1024 * 1024;

    public static IApplicationBuilder UseNulGuard(this IApplicationBuilder app) => app.Use(async (context, next) =>
    {
        var request = context.Request;
        var refused = HasNul(request.Query);
        if (!refused && request.ContentLength <= MaxFormBytes && request.HasFormContentType
            && request.ContentType!.StartsWith("application/x-www-form-urlencoded", StringComparison.OrdinalIgnoreCase))
        {
            try
            {
                refused = HasNul(await request.ReadFormAsync(context.RequestAborted));
            }
            catch (InvalidDataException)
            {
                // The framework's own form reader refuses a NUL (and a form past its limits): the same answer.
                refused = true;
            }
        }

        if (!refused && IsJson(request))
        {
            if (request.ContentLength > MaxFormBytes)
            {
                await TooLargeAsync(context);
                return;
            }

            request.EnableBuffering(bufferThreshold: 64 * 1024);
            var scan = await ScanJsonAsync(request.Body, MaxFormBytes, context.RequestAborted);
            if (scan == JsonScan.TooLarge)
            {
                await TooLargeAsync(context);
                return;
            }

            refused = scan == JsonScan.Nul;
            request.Body.Position = 0;
        }

        if (refused)
        {
            if (request.Path.StartsWithSegments("/api"))
            {
                var l = context.RequestServices.GetRequiredService<IStringLocalizer<SharedResource>>();
                await Results.Problem(statusCode: StatusCodes.Status400BadRequest, title: l["Request.NulCharacter"]).ExecuteAsync(context);
            }
            else
            {
                // The error page answers instead of the page asked for, without reading the refused form again.
                request.Form = FormCollection.Empty;
                request.Method = HttpMethods.Get;
                request.Path = "/error/400";
                request.QueryString = QueryString.Empty;
                await next(context);
            }

            return;
        }

        await next(context);
    });

    private static bool IsJson(HttpRequest request) =>
        request.ContentType is { } type && (type.StartsWith("application/json", StringComparison.OrdinalIgnoreCase)
            || type.Split(';', 2)[0].TrimEnd().EndsWith("+json", StringComparison.OrdinalIgnoreCase));

    private static async Task TooLargeAsync(HttpContext context)
    {
        var l = context.RequestServices.GetRequiredService<IStringLocalizer<SharedResource>>();
        await Results.Problem(statusCode: StatusCodes.Status413PayloadTooLarge, title: l["Request.JsonTooLarge", MaxFormBytes / 1024]).ExecuteAsync(context);
    }

    public enum JsonScan
    {
        Clean,
        Nul,
        TooLarge,
    }

    /// <summary>
    /// Whether the JSON text holds the escape <c>\u0000</c> (a raw NUL byte is not valid JSON and is refused by the
    /// reader), reading at most <paramref name="maxBytes"/> and one byte more. A backslash escapes the character after
    /// it, so <c>\\u0000</c> is a backslash and five letters, not NUL.
    /// </summary>
    public static async Task<JsonScan> ScanJsonAsync(Stream body, long maxBytes, CancellationToken cancellationToken)
    {
        var buffer = System.Buffers.ArrayPool<byte>.Shared.Rent(16 * 1024);
        try
        {
            long total = 0;
            var kept = 0; // the unread end of the last read: an escape cut in two by the reads
            while (true)
            {
                var read = await body.ReadAsync(buffer.AsMemory(kept, buffer.Length - kept), cancellationToken);
                total += read;
                if (total > maxBytes)
                {
                    return JsonScan.TooLarge;
                }

                var length = kept + read;
                var end = read == 0 ? length : length - 5;
                var i = 0;
                while (i < end)
                {
                    if (buffer[i] != (byte)'\\')
                    {
                        i++;
                    }
                    else if (i + 5 < length && buffer[i + 1] == (byte)'u' && buffer.AsSpan(i + 2, 4).SequenceEqual("0000"u8))
                    {
                        return JsonScan.Nul;
                    }
                    else
                    {
                        i += 2;
                    }
                }

                if (read == 0)
                {
                    return JsonScan.Clean;
                }

                kept = Math.Max(0, length - i);
                buffer.AsSpan(length - kept, kept).CopyTo(buffer);
            }
        }
        finally
        {
            System.Buffers.ArrayPool<byte>.Shared.Return(buffer);
        }
    }

    private static bool HasNul(IEnumerable<KeyValuePair<string, StringValues>> values) =>
        values.Any(pair => pair.Key.Contains('\0', StringComparison.Ordinal) || pair.Value.Any(v => v is not null && v.Contains('\0', StringComparison.Ordinal)));
}
