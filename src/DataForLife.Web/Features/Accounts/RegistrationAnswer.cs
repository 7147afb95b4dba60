using Microsoft.AspNetCore.Identity;

namespace DataForLife.Web.Features.Accounts;

/// <summary>
/// What a registration may tell the person registering: everything about the password and the address's form, nothing
/// about whether the address already has an account.
/// </summary>
public static class RegistrationAnswer
{
    private static readonly string[] TakenCodes = ["DuplicateUserName", "DuplicateEmail"];

    /// <summary>True when the only thing wrong is that the address already has an account.</summary>
    public static bool OnlyTaken(IdentityResult result) =>
        result.Errors.Any(e => TakenCodes.Contains(e.Code)) && result.Errors.All(e => TakenCodes.Contains(e.Code));

    /// <summary>The errors to show: every one except "address taken".</summary>
    public static IEnumerable<IdentityError> Shown(IdentityResult result) => result.Errors.Where(e => !TakenCodes.Contains(e.Code));
}
