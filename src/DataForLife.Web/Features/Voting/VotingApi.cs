using System.Globalization;
using System.Text.Json;
using DataForLife.Web.Data;
using DataForLife.Web.Domain.Accounts;
using DataForLife.Web.Domain.Voting;
using DataForLife.Web.Infrastructure;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace DataForLife.Web.Features.Voting;

/// <summary>
/// The partner API (the newspaper's servers vote for their readers) and the public list of entries. The vote endpoint
/// checks in this order: key (401), edition (404), key's edition (401), rate (429), body (400), window (403), entry (404).
/// </summary>
public static class VotingApi
{
    public const int MaxBodyBytes = 4096;

    public static IEndpointRouteBuilder MapVoting(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api/v1/editions/{edition}").WithTags("Public vote");
        api.MapGet("/entries", EntriesAsync).AllowAnonymous().CacheOutput(VotingServices.EntriesCachePolicy)
            .WithSummary("The entries published for the public vote (the TOP 30 of round 1), with their public codes; empty until round 1 is published.");
        api.MapPost("/votes", CastAsync).AllowAnonymous().WithBodyCheckedByHandler(MaxBodyBytes)
            .Produces<VoteResponse>(StatusCodes.Status201Created)
            .Produces<VoteResponse>(StatusCodes.Status200OK)
            .ProducesProblem(StatusCodes.Status400BadRequest)
            .ProducesProblem(StatusCodes.Status401Unauthorized)
            .ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status429TooManyRequests)
            .ProducesProblem(StatusCodes.Status503ServiceUnavailable)
            .WithSummary("A partner's server casts its reader's vote with Authorization: Bearer <key>.")
            .WithDescription("Body (application/json): {\"entry\": \"<public code>\", \"voter\": \"<partner's reader id>\"}. "
                + "The content type is not used to choose the endpoint, so that anything else is answered 400 rather than 415. 201: counted. 200: this reader's vote for this entry was already counted (idempotent, same body). 400: malformed body "
                + "(not JSON, missing fields, a voter id over 128 characters). 401: no key, a bad or revoked key, or a key of another edition. "
                + "403: voting is closed. 404: no such edition or entry. 429: the key's rate limit, with Retry-After in seconds. "
                + "A 201 or 200 is sent only after the vote is committed.");
        api.MapGet("/votes/tally", TallyAsync).AllowAnonymous()
            .Produces<TallyRow[]>().ProducesProblem(StatusCodes.Status401Unauthorized).ProducesProblem(StatusCodes.Status404NotFound)
            .WithSummary("Counted votes per entry (quarantined votes excluded), for a partner key or a signed-in organiser.");
        Gallery.GalleryEndpoints.MapGalleryMedia(app);
        return app;
    }

    private static async Task<Results<Ok<EntryResponse[]>, NotFound>> EntriesAsync(string edition, HttpContext http, VotingCatalog catalog, AppDbContext db, CancellationToken ct)
    {
        if (await catalog.FindAsync(edition, ct) is not { } state)
        {
            return TypedResults.NotFound();
        }

        // Others may keep the list as long as the platform's own output cache does.
        http.Response.GetTypedHeaders().CacheControl = new() { Public = true, MaxAge = VotingServices.EntriesCacheDuration };

        var ids = state.CodeByTeam.Keys.ToList();
        var teams = await db.Teams.AsNoTracking().Where(t => ids.Contains(t.Id)).ToListAsync(ct);
        return TypedResults.Ok(teams.OrderBy(t => t.PublicCode, StringComparer.Ordinal)
            .Select(t => new EntryResponse(t.PublicCode, t.Name, t.IdeaName, t.CategoryCodes, $"/vote/{t.PublicCode}")).ToArray());
    }

    private static async Task<IResult> CastAsync(string edition, HttpContext http, VotingCatalog catalog, PartnerKeyCache keys, IVoteWriter writer,
        IStringLocalizer<SharedResource> l)
    {
        var ct = http.RequestAborted;
        var key = await keys.AuthenticateAsync(http.Request.Headers.Authorization, ct);
        if (key is null)
        {
            return Unauthorized(http, l);
        }

        if (await catalog.FindAsync(edition, ct) is not { } state)
        {
            return Problem(l, StatusCodes.Status404NotFound, "Votes.Api.UnknownEdition");
        }

        if (!key.AllowsEdition(state.EditionId))
        {
            return Unauthorized(http, l);
        }

        if (!keys.TryAcquire(key, out var retryAfter))
        {
            http.Response.Headers.RetryAfter = Math.Max(1, (int)Math.Ceiling(retryAfter.TotalSeconds)).ToString(CultureInfo.InvariantCulture);
            return Problem(l, StatusCodes.Status429TooManyRequests, "Votes.Api.RateLimited");
        }

        var request = await ReadAsync(http);
        if (request is null || string.IsNullOrWhiteSpace(request.Entry))
        {
            return Problem(l, StatusCodes.Status400BadRequest, "Votes.Api.Malformed");
        }

        if (!VoteKeys.IsValidPartnerVoter(request.Voter))
        {
            return Problem(l, StatusCodes.Status400BadRequest, "Votes.Api.VoterInvalid", VoteKeys.MaxPartnerVoterLength);
        }

        var now = http.ArrivedAtUtc();
        if (!state.IsOpenAt(now))
        {
            return Problem(l, StatusCodes.Status403Forbidden, "Votes.Api.Closed");
        }

        if (!state.TeamByCode.TryGetValue(request.Entry.Trim(), out var teamId))
        {
            return Problem(l, StatusCodes.Status404NotFound, "Votes.Api.UnknownEntry");
        }

        var ballot = new VoteBallot(state.EditionId, teamId, VoteKeys.PartnerReader(key.Name, request.Voter!), VoteKeys.Day(now, state.Settings.Rule),
            VoteSource.Partner, key.Id, VoteKeys.Network(http.Connection.RemoteIpAddress), VoteKeys.UserAgent(http.Request.Headers.UserAgent.ToString()), now);
        VoteOutcome outcome;
        try
        {
            outcome = await writer.WriteAsync(ballot, ct);
        }
        catch (Exception exception) when (exception is VoteNotStoredException or System.Threading.Channels.ChannelClosedException)
        {
            http.Response.Headers.RetryAfter = "1";
            return Problem(l, StatusCodes.Status503ServiceUnavailable, "Votes.Api.NotStored");
        }

        var body = new VoteResponse(state.CodeByTeam[teamId], request.Voter!);
        return outcome == VoteOutcome.Counted
            ? TypedResults.Json(body, VotingJson.Default.VoteResponse, statusCode: StatusCodes.Status201Created)
            : TypedResults.Json(body, VotingJson.Default.VoteResponse);
    }

    private static async Task<IResult> TallyAsync(string edition, HttpContext http, VotingCatalog catalog, PartnerKeyCache keys, VoteCounts counts,
        IStringLocalizer<SharedResource> l)
    {
        var ct = http.RequestAborted;
        var organiser = http.User.IsInRole(Roles.Organizer) || http.User.IsInRole(Roles.Observer);
        var key = organiser ? null : await keys.AuthenticateAsync(http.Request.Headers.Authorization, ct);
        if (!organiser && key is null)
        {
            return Unauthorized(http, l);
        }

        if (await catalog.FindAsync(edition, ct) is not { } state)
        {
            return Problem(l, StatusCodes.Status404NotFound, "Votes.Api.UnknownEdition");
        }

        if (key is not null && !key.AllowsEdition(state.EditionId))
        {
            return Unauthorized(http, l);
        }

        var counted = await counts.CountedAsync(state.EditionId, ct);
        return TypedResults.Ok(state.CodeByTeam.OrderBy(c => c.Value, StringComparer.Ordinal)
            .Select(c => new TallyRow(c.Value, counted.GetValueOrDefault(c.Key))).ToArray());
    }

    /// <summary>The body as a vote, or null when it is not a JSON object of at most <see cref="MaxBodyBytes"/> bytes.</summary>
    private static async Task<VoteRequest?> ReadAsync(HttpContext http)
    {
        if (http.Request.ContentLength > MaxBodyBytes || !http.Request.HasJsonContentType())
        {
            return null;
        }

        try
        {
            return await http.Request.ReadFromJsonAsync(VotingJson.Default.VoteRequest, http.RequestAborted);
        }
        catch (Exception exception) when (exception is JsonException or BadHttpRequestException or InvalidOperationException)
        {
            return null;
        }
    }

    private static ProblemHttpResult Unauthorized(HttpContext http, IStringLocalizer<SharedResource> l)
    {
        http.Response.Headers.WWWAuthenticate = "Bearer";
        return Problem(l, StatusCodes.Status401Unauthorized, "Votes.Api.Unauthorized");
    }

    private static ProblemHttpResult Problem(IStringLocalizer<SharedResource> l, int status, string key, params object[] arguments) =>
        TypedResults.Problem(statusCode: status, title: l[key, arguments]);
}
