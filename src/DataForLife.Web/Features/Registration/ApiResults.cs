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
            "Team.RegistrationClosed" or "Team.NotLeader" or "Team.NotMember" or "Team.NoEdition" => StatusCodes.Status403Forbidden,
            "Team.NameTaken" or "Team.AlreadyInTeam" or "Team.CodeUnavailable" or "Invitation.Used" => StatusCodes.Status409Conflict,
            _ => StatusCodes.Status400BadRequest,
        };
        return TypedResults.Problem(statusCode: status, title: l[error.MessageKey, error.Arguments], type: "urn:dataforlife:" + error.MessageKey,
            extensions: error.Field.Length == 0 ? null : new Dictionary<string, object?> { ["field"] = error.Field });
    }

    public static ValidationProblem Invalid(IEnumerable<FieldError> errors, IStringLocalizer l) =>
        TypedResults.ValidationProblem(errors.GroupBy(e => e.Field.Length == 0 ? "" : char.ToLowerInvariant(e.Field[0]) + e.Field[1..])
            .ToDictionary(g => g.Key, g => g.Select(e => l[e.MessageKey, e.Arguments].Value).ToArray()));
}
