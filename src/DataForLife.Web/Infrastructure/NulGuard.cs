using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Primitives;

namespace DataForLife.Web.Infrastructure;

/// <summary>
/// A NUL character has no place in any text the platform takes, and PostgreSQL refuses to store one. A query string or
/// a URL-encoded form carrying one (or that the framework cannot read) is answered 400 before any handler sees it (with
/// the reason on the API, with the error page elsewhere). Forms are read here because the framework's own form reader
/// refuses a NUL with an empty 400 of its own, before any filter could explain it. Multipart forms are not read here,
/// so that each upload keeps its own size limit, nor forms over <see cref="MaxFormBytes"/>: those, and JSON bodies, are
/// checked once bound, by <see cref="BoundTextGuard"/>.
/// </summary>
public static class NulGuard
{
    /// <summary>The largest form read here, before anyone is signed in (the longest dossier fits it, even with every letter percent-encoded).</summary>
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

        if (refused)
        {
            if (request.Path.StartsWithSegments("/api"))
            {
                await Refusal(context).ExecuteAsync(context);
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

    /// <summary>The API's answer to a request carrying a NUL, in the reader's language.</summary>
    public static IResult Refusal(HttpContext context) => Results.Problem(statusCode: StatusCodes.Status400BadRequest,
        title: context.RequestServices.GetRequiredService<IStringLocalizer<SharedResource>>()["Request.NulCharacter"]);

    private static bool HasNul(IEnumerable<KeyValuePair<string, StringValues>> values) =>
        values.Any(pair => pair.Key.Contains('\0', StringComparison.Ordinal) || pair.Value.Any(v => v is not null && v.Contains('\0', StringComparison.Ordinal)));
}
