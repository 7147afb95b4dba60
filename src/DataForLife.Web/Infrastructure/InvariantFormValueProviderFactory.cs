using System.Globalization;
using Microsoft.AspNetCore.Mvc.ModelBinding;

namespace DataForLife.Web.Infrastructure;

/// <summary>
/// Form fields read with the invariant culture. Browsers send a number field as "0.5" and a date-time field as
/// "2023-09-15T08:00" whatever the page's language; MVC's own form provider parses them with the request's culture,
/// and in Vietnamese "0.5" would become 5 (the dot groups thousands). Text is not affected.
/// </summary>
public sealed class InvariantFormValueProviderFactory : IValueProviderFactory
{
    public async Task CreateValueProviderAsync(ValueProviderFactoryContext context)
    {
        var request = context.ActionContext.HttpContext.Request;
        if (!request.HasFormContentType)
        {
            return;
        }

        IFormCollection form;
        try
        {
            form = await request.ReadFormAsync();
        }
        catch (Exception exception) when (exception is InvalidDataException or IOException)
        {
            // As MVC's own provider does: a malformed or cut-off body is a bad request, not a server error.
            throw new ValueProviderException(exception.Message, exception);
        }

        context.ValueProviders.Add(new FormValueProvider(BindingSource.Form, form, CultureInfo.InvariantCulture));
    }
}
