using DataForLife.Web.Domain;

namespace DataForLife.Web.Features.Registration;

/// <summary>What became of a registration command: done (with the team it concerns), or refused with a reason.</summary>
public sealed record RegistrationResult(int? TeamId, FieldError? Error)
{
    public bool Succeeded => Error is null;

    public static RegistrationResult Done(int? teamId = null) => new(teamId, null);

    public static RegistrationResult Refused(string field, string key, params object[] arguments) => new(null, new FieldError(field, key, arguments));
}
