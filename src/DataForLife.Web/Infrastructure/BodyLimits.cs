using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.Http.Metadata;
using Microsoft.Extensions.Localization;

namespace DataForLife.Web.Infrastructure;

/// <summary>
/// How large a request body each API endpoint takes. A JSON body (a profile, a team, a dossier's texts, a score sheet)
/// takes at most <see cref="JsonBytes"/>: a body declared larger is answered 413 with the reason before anything reads
/// it, and one sent without a declared length is cut off by the server at that size. Endpoints that take files keep
/// their own limits and their own answers (the roster, predictions, uploads, the partner vote): their handlers check
/// the size themselves, and the limit here is only the server's ceiling for a body sent without a declared length.
/// The routing middleware applies the endpoint's limit (<see cref="IRequestSizeLimitMetadata"/>) to the request.
/// </summary>
public static class BodyLimits
{
    /// <summary>The largest JSON body: about twice the longest dossier with every letter written as a \u escape.</summary>
    public const long JsonBytes = 1024 * 1024;

    /// <summary>Room above a file's own limit, so that the handler, not the server, answers a file just over it.</summary>
    public const long Slack = 64 * 1024;

    /// <summary>Kestrel's own default, the ceiling of endpoints whose handlers raise or lower the limit themselves.</summary>
    public const long ServerDefaultBytes = 30_000_000;

    /// <summary>Every endpoint of the group takes JSON of at most <see cref="JsonBytes"/>, unless it says otherwise.</summary>
    public static TBuilder WithJsonBodyLimit<TBuilder>(this TBuilder builder)
        where TBuilder : IEndpointConventionBuilder => builder.WithMetadata(new JsonBodyLimit(JsonBytes));

    /// <summary>
    /// The handler checks the body's size and answers for it; <paramref name="ceiling"/> bounds a body sent without a
    /// declared length, unless the handler sets another limit before it reads (uploads do, from the edition's settings).
    /// </summary>
    public static TBuilder WithBodyCheckedByHandler<TBuilder>(this TBuilder builder, long ceiling)
        where TBuilder : IEndpointConventionBuilder => builder.WithMetadata(new HandlerBodyLimit(ceiling));

    /// <summary>Answers 413 with the reason, on the API, when the declared body is over the endpoint's JSON limit.</summary>
    public static IApplicationBuilder UseBodyLimits(this IApplicationBuilder app) => app.Use(async (context, next) =>
    {
        if (context.GetEndpoint()?.Metadata.GetMetadata<IRequestSizeLimitMetadata>() is JsonBodyLimit limit
            && context.Request.ContentLength > limit.MaxRequestBodySize)
        {
            await Results.Problem(statusCode: StatusCodes.Status413PayloadTooLarge, title: TooLargeTitle(context)).ExecuteAsync(context);
            return;
        }

        await next(context);
    });

    /// <summary>The reason given with a 413 on the API, naming the endpoint's limit, in the reader's language.</summary>
    public static string TooLargeTitle(HttpContext context)
    {
        // The limit routing applied to this request (the endpoint is gone by the time an exception is handled).
        var limit = context.Features.Get<IHttpMaxRequestBodySizeFeature>()?.MaxRequestBodySize
            ?? context.GetEndpoint()?.Metadata.GetMetadata<IRequestSizeLimitMetadata>()?.MaxRequestBodySize ?? ServerDefaultBytes;
        return context.RequestServices.GetRequiredService<IStringLocalizer<SharedResource>>()["Request.TooLarge", limit / 1024];
    }

    /// <summary>The title the framework gives a 413 of its own, asked of the framework rather than written here.</summary>
    internal static readonly string? FrameworkTitle413 = TypedResults.Problem(statusCode: StatusCodes.Status413PayloadTooLarge).ProblemDetails.Title;

    /// <summary>
    /// A 413 on the API that the framework answers with its bare status title (its JSON binding of a body sent without
    /// a declared length, cut off at the limit) carries <see cref="TooLargeTitle"/> instead.
    /// </summary>
    public static void Explain413(ProblemDetailsContext problem)
    {
        // Only the framework's bare answer: a handler's own 413 (a video over the edition's limit) keeps its own reason.
        if (problem.ProblemDetails.Status == StatusCodes.Status413PayloadTooLarge && problem.HttpContext.Request.Path.StartsWithSegments("/api")
            && (problem.ProblemDetails.Title is null || problem.ProblemDetails.Title == FrameworkTitle413))
        {
            problem.ProblemDetails.Title = TooLargeTitle(problem.HttpContext);
        }
    }

    /// <summary>
    /// A handler reading a body sent without a declared length past the endpoint's limit makes the server throw; the
    /// API answers 413 with the reason, not a server error.
    /// </summary>
    public sealed class OversizedBodyHandler : IExceptionHandler
    {
        public async ValueTask<bool> TryHandleAsync(HttpContext httpContext, Exception exception, CancellationToken cancellationToken)
        {
            if (exception is not BadHttpRequestException { StatusCode: StatusCodes.Status413PayloadTooLarge } || !httpContext.Request.Path.StartsWithSegments("/api"))
            {
                return false;
            }

            await Results.Problem(statusCode: StatusCodes.Status413PayloadTooLarge, title: TooLargeTitle(httpContext)).ExecuteAsync(httpContext);
            return true;
        }
    }

    private sealed record JsonBodyLimit(long? MaxRequestBodySize) : IRequestSizeLimitMetadata;

    private sealed record HandlerBodyLimit(long? MaxRequestBodySize) : IRequestSizeLimitMetadata;
}
