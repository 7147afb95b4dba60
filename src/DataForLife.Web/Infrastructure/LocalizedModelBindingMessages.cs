using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Options;

namespace DataForLife.Web.Infrastructure;

/// <summary>Model binding's own messages ("the value is not valid"), in the reader's language.</summary>
public sealed class LocalizedModelBindingMessages(IStringLocalizerFactory factory) : IConfigureOptions<MvcOptions>
{
    public void Configure(MvcOptions options)
    {
        var l = factory.Create(typeof(SharedResource));
        var messages = options.ModelBindingMessageProvider;
        messages.SetValueIsInvalidAccessor(value => l["Validation.ValueInvalid", value]);
        messages.SetAttemptedValueIsInvalidAccessor((value, field) => l["Validation.ValueInvalidFor", value, field]);
        messages.SetMissingBindRequiredValueAccessor(field => l["Validation.Required", field]);
        messages.SetValueMustNotBeNullAccessor(field => l["Validation.Required", field]);
        messages.SetMissingKeyOrValueAccessor(() => l["Validation.Required", string.Empty]);
        messages.SetValueMustBeANumberAccessor(field => l["Validation.Number", field]);
        messages.SetNonPropertyAttemptedValueIsInvalidAccessor(value => l["Validation.ValueInvalid", value]);
        messages.SetNonPropertyValueMustBeANumberAccessor(() => l["Validation.Number", string.Empty]);
        messages.SetUnknownValueIsInvalidAccessor(field => l["Validation.ValueInvalidFor", string.Empty, field]);
        messages.SetNonPropertyUnknownValueIsInvalidAccessor(() => l["Validation.ValueInvalid", string.Empty]);
        messages.SetMissingRequestBodyRequiredValueAccessor(() => l["Validation.Required", string.Empty]);
    }
}
