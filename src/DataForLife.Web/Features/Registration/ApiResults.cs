using DataForLife.Web.Domain;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Extensions.Localization;

namespace DataForLife.Web.Features.Registration;

/// <summary>Turns refused commands into problem details a program can act on, with the reader's language in the text.</summary>
public static class ApiResults
{
    public static ProblemHttpResult Refusal(FieldError error, IStringLocalizer l)
    {
        var status = error.MessageKey switch
        {
            "Invitation.Unknown" => StatusCodes.Status404NotFound,
            "Invitation.Expired" => StatusCodes.Status410Gone,
            // Not this person, or not now: the request was understood, and who asks (or when) decides.
            "Team.RegistrationClosed" or "Team.NotLeader" or "Team.NotMember" or "Team.NoEdition" or "Team.NotEligible" or "Team.ProfileRequired"
                or "Invitation.OtherEmail" => StatusCodes.Status403Forbidden,
            // The team's or the invitation's present state is in the way.
            "Team.NameTaken" or "Team.AlreadyInTeam" or "Team.CodeUnavailable" or "Team.Full" or "Team.HasWork" or "Team.TransferFirst"
                or "Invitation.Used" or "Invitation.AlreadyInvited" or "Invitation.AlreadyMember" => StatusCodes.Status409Conflict,
            // What was sent is missing or malformed.
            _ => StatusCodes.Status400BadRequest,
        };
        return TypedResults.Problem(statusCode: status, title: l[error.MessageKey, error.Arguments], type: "urn:dataforlife:" + error.MessageKey,
            extensions: error.Field.Length == 0 ? null : new Dictionary<string, object?> { ["field"] = error.Field });
    }

    public static ValidationProblem Invalid(IEnumerable<FieldError> errors, IStringLocalizer l) =>
        TypedResults.ValidationProblem(errors.GroupBy(e => e.Field.Length == 0 ? "" : char.ToLowerInvariant(e.Field[0]) + e.Field[1..])
            .ToDictionary(g => g.Key, g => g.Select(e => l[e.MessageKey, e.Arguments].Value).ToArray()));
}
