using DataForLife.Web.Domain;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.Extensions.Localization;

namespace DataForLife.Web.Infrastructure;

public static class PageModelExtensions
{
    /// <summary>Puts refused inputs beside their fields (prefix "Input" gives "Input.FullName"), in the reader's language.</summary>
    public static void AddErrors(this ModelStateDictionary modelState, IEnumerable<FieldError> errors, IStringLocalizer localizer, string prefix = "Input")
    {
        foreach (var error in errors)
        {
            var key = error.Field.Length == 0 ? string.Empty : $"{prefix}.{error.Field}";
            modelState.AddModelError(key, localizer[error.MessageKey, error.Arguments]);
        }
    }
}
