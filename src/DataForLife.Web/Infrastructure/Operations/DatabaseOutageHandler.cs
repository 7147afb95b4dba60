using System.Globalization;
using Microsoft.AspNetCore.Diagnostics;
using Microsoft.Extensions.Localization;

namespace DataForLife.Web.Infrastructure.Operations;

/// <summary>
/// An API request that meets an unreachable database is answered 503 with Retry-After, not 500: a partner's server
/// then sends it again a moment later. Pages get the same status through the error page (see <see cref="PlatformPipeline"/>).
/// </summary>
public sealed class DatabaseOutageHandler(IProblemDetailsService problems, IStringLocalizer<SharedResource> l, ILogger<DatabaseOutageHandler> logger) : IExceptionHandler
{
    public async ValueTask<bool> TryHandleAsync(HttpContext httpContext, Exception exception, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(httpContext);
        if (!DatabaseOutage.IsOutage(exception) || !httpContext.Request.Path.StartsWithSegments("/api"))
        {
            return false;
        }

        logger.LogWarning("The database could not be reached for {Path}: {Reason}", httpContext.Request.Path, exception.GetBaseException().Message);
        httpContext.Response.StatusCode = StatusCodes.Status503ServiceUnavailable;
        httpContext.Response.Headers.RetryAfter = DatabaseOutage.RetryAfterSeconds.ToString(CultureInfo.InvariantCulture);
        return await problems.TryWriteAsync(new ProblemDetailsContext
        {
            HttpContext = httpContext,
            Exception = exception,
            ProblemDetails = { Status = StatusCodes.Status503ServiceUnavailable, Title = l["Operations.DatabaseUnavailable"] },
        });
    }
}
