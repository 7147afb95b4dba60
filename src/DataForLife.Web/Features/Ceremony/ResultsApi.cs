using Microsoft.AspNetCore.Http.HttpResults;

namespace DataForLife.Web.Features.Ceremony;

/// <summary>The edition's results for programs (newspapers, partners), under the same rule as the pages: nothing of the final before the ceremony.</summary>
public static class ResultsApi
{
    public static IEndpointRouteBuilder MapResults(this IEndpointRouteBuilder app)
    {
        app.MapGet("/api/v1/editions/{edition}/results", ResultsAsync).AllowAnonymous().WithTags("Results")
            .WithSummary("The published standings of each round and the awards with their amounts; the final's only from the ceremony on; 404 while nothing is published.");
        return app;
    }

    private static async Task<Results<Ok<ResultsResponse>, NotFound>> ResultsAsync(string edition, HttpContext http, PublicResults results, CancellationToken ct)
    {
        http.Response.Headers.CacheControl = "no-cache";
        return await results.ForAsync(edition, ct) is { Rounds.Count: > 0 } view ? TypedResults.Ok(ResultsResponse.From(view)) : TypedResults.NotFound();
    }
}
