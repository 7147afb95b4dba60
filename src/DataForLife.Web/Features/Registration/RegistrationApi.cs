using System.Security.Claims;
using DataForLife.Web.Data;
using DataForLife.Web.Domain.Accounts;
using DataForLife.Web.Domain.Registration;
using DataForLife.Web.Features.Accounts;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace DataForLife.Web.Features.Registration;

/// <summary>What a person does to enter, as a JSON API: sign up, profile, team, invitations.</summary>
public static class RegistrationApi
{
    public static IEndpointRouteBuilder MapRegistration(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api/v1").WithTags("Registration");
        api.MapPost("/account/register", RegisterAsync).AllowAnonymous().WithSummary("Creates an account and e-mails the confirmation link.");
        var me = api.MapGroup("/me").RequireAuthorization();
        me.MapGet("/profile", GetProfileAsync).WithSummary("The signed-in person's profile.");
        me.MapPut("/profile", PutProfileAsync).WithSummary("Saves the profile that eligibility is decided on.");
        me.MapGet("/team", GetTeamAsync).WithSummary("The person's team in the current edition.");
        me.MapPost("/team", CreateTeamAsync).WithSummary("Registers a team in the current edition; the caller leads it.");
        me.MapPost("/team/invitations", InviteAsync).WithSummary("The leader invites a person by e-mail.");
        api.MapPost("/invitations/{token}/accept", (string token, ClaimsPrincipal user, InvitationCommands c, IStringLocalizer<SharedResource> l, CancellationToken ct) =>
            RespondAsync(c.AcceptAsync(user.FindFirstValue(ClaimTypes.NameIdentifier)!, token, ct), l)).RequireAuthorization().WithSummary("Joins the team of an invitation sent to the caller's address.");
        api.MapPost("/invitations/{token}/decline", (string token, ClaimsPrincipal user, InvitationCommands c, IStringLocalizer<SharedResource> l, CancellationToken ct) =>
            RespondAsync(c.DeclineAsync(user.FindFirstValue(ClaimTypes.NameIdentifier)!, token, ct), l)).RequireAuthorization().WithSummary("Declines an invitation.");
        return app;
    }

    public sealed record RegisterRequest(string? Email, string? Password, string? DisplayName);

    public sealed record InviteRequest(string? Email);

    private static async Task<Results<Created, ValidationProblem>> RegisterAsync(RegisterRequest request, UserManager<AppUser> users, AccountMail mail,
        TimeProvider clock, IStringLocalizer<SharedResource> l)
    {
        var errors = new List<Domain.FieldError>();
        if (!Domain.VietnameseText.HasContent(request.DisplayName))
        {
            errors.Add(new("displayName", "Profile.NameRequired"));
        }
        else if (Domain.VietnameseText.Clean(request.DisplayName).Length > 200)
        {
            errors.Add(new("displayName", "Validation.MaxLength", "displayName", 200));
        }

        // The columns' lengths, as the registration page has them; a longer address is no address.
        if ((request.Email ?? string.Empty).Trim().Length > 256)
        {
            errors.Add(new("email", "Validation.MaxLength", "email", 256));
        }

        if (errors.Count == 0)
        {
            var email = (request.Email ?? string.Empty).Trim();
            var user = new AppUser { UserName = email, Email = email, DisplayName = Domain.VietnameseText.Clean(request.DisplayName), CreatedAtUtc = clock.GetUtcNow().UtcDateTime };
            var result = await users.CreateAsync(user, request.Password ?? string.Empty);
            if (result.Succeeded)
            {
                await mail.QueueConfirmationAsync(user);
                await users.UpdateAsync(user);
                return TypedResults.Created($"/api/v1/me/profile");
            }

            // The same answer for an address that already has an account; its owner is told by e-mail.
            if (Accounts.RegistrationAnswer.OnlyTaken(result))
            {
                await mail.QueueAlreadyRegisteredAsync(email);
                return TypedResults.Created($"/api/v1/me/profile");
            }

            return TypedResults.ValidationProblem(Accounts.RegistrationAnswer.Shown(result).GroupBy(e => e.Code.Contains("Password", StringComparison.Ordinal) ? "password" : "email")
                .ToDictionary(g => g.Key, g => g.Select(e => e.Description).ToArray()));
        }

        return ApiResults.Invalid(errors, l);
    }

    private static async Task<Results<Ok<Profile>, NotFound>> GetProfileAsync(ClaimsPrincipal user, AppDbContext db, CancellationToken ct) =>
        await db.Profiles.AsNoTracking().FirstOrDefaultAsync(p => p.UserId == user.FindFirstValue(ClaimTypes.NameIdentifier), ct) is { } profile
            ? TypedResults.Ok(profile)
            : TypedResults.NotFound();

    private static async Task<Results<NoContent, ValidationProblem>> PutProfileAsync(ProfileInput input, ClaimsPrincipal user, ProfileCommands profiles,
        IStringLocalizer<SharedResource> l, CancellationToken ct)
    {
        var errors = await profiles.SaveAsync(user.FindFirstValue(ClaimTypes.NameIdentifier)!, input, ct);
        return errors.Count == 0 ? TypedResults.NoContent() : ApiResults.Invalid(errors, l);
    }

    private static async Task<Results<Ok<TeamResponse>, NotFound>> GetTeamAsync(ClaimsPrincipal user, AppDbContext db, RegistrationWindow window, CancellationToken ct)
    {
        var edition = await window.CurrentEditionAsync(ct);
        var userId = user.FindFirstValue(ClaimTypes.NameIdentifier);
        var teamId = edition is null ? null : await db.TeamMembers.Where(m => m.UserId == userId && m.EditionId == edition.Id).Select(m => (int?)m.TeamId).FirstOrDefaultAsync(ct);
        var view = teamId is null ? null : await TeamView.LoadAsync(db, teamId.Value, window.NowUtc, ct);
        return view is null ? TypedResults.NotFound() : TypedResults.Ok(TeamResponse.From(view, showDocuments: false));
    }

    private static async Task<Results<Created<TeamResponse>, ProblemHttpResult>> CreateTeamAsync(TeamInput input, ClaimsPrincipal user, TeamCommands teams,
        AppDbContext db, RegistrationWindow window, IStringLocalizer<SharedResource> l, CancellationToken ct)
    {
        var result = await teams.CreateAsync(user.FindFirstValue(ClaimTypes.NameIdentifier)!, input, ct);
        if (!result.Succeeded)
        {
            return ApiResults.Refusal(result.Error!, l);
        }

        var view = await TeamView.LoadAsync(db, result.TeamId!.Value, window.NowUtc, ct);
        return TypedResults.Created("/api/v1/me/team", TeamResponse.From(view!, showDocuments: false));
    }

    private static async Task<Results<Created, ProblemHttpResult>> InviteAsync(InviteRequest request, ClaimsPrincipal user, InvitationCommands invitations,
        IStringLocalizer<SharedResource> l, CancellationToken ct)
    {
        var result = await invitations.InviteAsync(user.FindFirstValue(ClaimTypes.NameIdentifier)!, request.Email, ct);
        return result.Succeeded ? TypedResults.Created("/api/v1/me/team") : ApiResults.Refusal(result.Error!, l);
    }

    private static async Task<Results<NoContent, ProblemHttpResult>> RespondAsync(Task<RegistrationResult> command, IStringLocalizer<SharedResource> l)
    {
        var result = await command;
        return result.Succeeded ? TypedResults.NoContent() : ApiResults.Refusal(result.Error!, l);
    }
}
