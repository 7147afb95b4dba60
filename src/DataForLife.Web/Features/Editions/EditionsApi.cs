using Microsoft.AspNetCore.Http.HttpResults;

namespace DataForLife.Web.Features.Editions;

public static class EditionsApi
{
    public static IEndpointRouteBuilder MapEditions(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/v1/editions").WithTags("Editions").AllowAnonymous();
        group.MapGet("/", ListAsync).WithName("ListEditions").WithSummary("Every edition, the current one flagged.");
        group.MapGet("/{id}", GetAsync).WithName("GetEdition").WithSummary("One edition by its short id, such as 2023.");
        return app;
    }

    private static async Task<Ok<EditionResponse[]>> ListAsync(EditionStore store, CancellationToken cancellationToken)
    {
        var current = await store.CurrentIdAsync(cancellationToken);
        var editions = await store.ListAsync(cancellationToken);
        return TypedResults.Ok(editions.Select(e => EditionResponse.From(e, e.Id == current)).ToArray());
    }

    private static async Task<Results<Ok<EditionResponse>, ProblemHttpResult>> GetAsync(string id, EditionStore store, CancellationToken cancellationToken)
    {
        var edition = await store.FindAsync(id, cancellationToken);
        if (edition is null)
        {
            return TypedResults.Problem(statusCode: StatusCodes.Status404NotFound, title: "Edition not found",
                detail: $"No edition has the id '{id}'.");
        }

        return TypedResults.Ok(EditionResponse.From(edition, edition.Id == await store.CurrentIdAsync(cancellationToken)));
    }
}
