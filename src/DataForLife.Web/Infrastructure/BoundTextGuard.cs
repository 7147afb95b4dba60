using System.Collections;
using System.Collections.Concurrent;
using System.Reflection;
using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Filters;
using Microsoft.AspNetCore.Mvc.RazorPages.Infrastructure;

namespace DataForLife.Web.Infrastructure;

/// <summary>
/// A NUL character in what a request binds (a JSON body, written <c>\u0000</c> or sent in any charset; a page's form,
/// multipart ones included) is refused with 400 before the endpoint or page handler runs: PostgreSQL refuses to store
/// one. The check looks at the values as they were bound, in every text of them (properties, lists, dictionaries' keys
/// and values, nested objects of the platform's own types), so it neither reads a body twice nor touches endpoints
/// that take a raw body (files, CSV) or read it themselves (the partner vote, whose reader id refuses every control
/// character). Query strings and URL-encoded forms are refused earlier, by <see cref="NulGuard"/>.
/// </summary>
public static class BoundTextGuard
{
    private const int MaxDepth = 16;

    private static readonly ConcurrentDictionary<Type, PropertyInfo[]> Properties = new();

    /// <summary>
    /// An endpoint filter factory for a group of API endpoints: a filter only where the handler takes a value the
    /// framework binds from the request: one of the platform's own types that is not a service, a list or dictionary,
    /// a JSON value, or anything marked <c>[FromBody]</c> (a plain string or array body included).
    /// </summary>
    public static EndpointFilterDelegate Create(EndpointFilterFactoryContext context, EndpointFilterDelegate next)
    {
        var services = context.ApplicationServices.GetService<Microsoft.Extensions.DependencyInjection.IServiceProviderIsService>();
        var bound = context.MethodInfo.GetParameters()
            .Select((parameter, index) => (parameter, index))
            .Where(p => p.parameter.GetCustomAttributes(inherit: true).OfType<Microsoft.AspNetCore.Http.Metadata.IFromBodyMetadata>().Any()
                || (IsBoundValue(p.parameter.ParameterType) && services?.IsService(p.parameter.ParameterType) != true))
            .Select(p => p.index)
            .ToArray();
        if (bound.Length == 0)
        {
            return next;
        }

        return async invocation =>
        {
            return bound.Any(index => HasNul(invocation.Arguments[index])) ? NulGuard.Refusal(invocation.HttpContext) : await next(invocation);
        };
    }

    private static bool IsBoundValue(Type type) =>
        (type.Assembly == typeof(BoundTextGuard).Assembly && !type.IsEnum && !type.IsAbstract && !type.IsInterface)
        || (type.IsGenericType && type.Namespace == "System.Collections.Generic")
        || type == typeof(JsonElement) || typeof(JsonNode).IsAssignableFrom(type);

    /// <summary>True when any text in the value holds a NUL character.</summary>
    public static bool HasNul(object? value) => HasNul(value, 0);

    private static bool HasNul(object? value, int depth)
    {
        switch (value)
        {
            case null:
                return false;
            case string text:
                return text.Contains('\0', StringComparison.Ordinal);
            case JsonElement element:
                return HasNul(element);
            case JsonNode node:
                return HasNul(JsonSerializer.SerializeToElement(node));
            case IDictionary dictionary:
                foreach (DictionaryEntry entry in dictionary)
                {
                    if (HasNul(entry.Key, depth + 1) || HasNul(entry.Value, depth + 1))
                    {
                        return true;
                    }
                }

                return false;
            case IEnumerable items:
                foreach (var item in items)
                {
                    if (HasNul(item, depth + 1))
                    {
                        return true;
                    }
                }

                return false;
        }

        var type = value.GetType();
        if (type.IsGenericType && type.GetGenericTypeDefinition() == typeof(KeyValuePair<,>))
        {
            return HasNul(type.GetProperty("Key")!.GetValue(value), depth + 1) || HasNul(type.GetProperty("Value")!.GetValue(value), depth + 1);
        }

        if (depth >= MaxDepth || type.Assembly != typeof(BoundTextGuard).Assembly || type.IsEnum)
        {
            return false; // numbers, dates, uploaded files and other framework values: no text anyone typed
        }

        foreach (var property in Properties.GetOrAdd(type, t => [.. t.GetProperties(BindingFlags.Public | BindingFlags.Instance).Where(p => p.CanRead && p.GetIndexParameters().Length == 0)]))
        {
            if (HasNul(property.GetValue(value), depth + 1))
            {
                return true;
            }
        }

        return false;
    }

    private static bool HasNul(JsonElement element) => element.ValueKind switch
    {
        JsonValueKind.String => element.GetString()!.Contains('\0', StringComparison.Ordinal),
        JsonValueKind.Object => element.EnumerateObject().Any(p => p.Name.Contains('\0', StringComparison.Ordinal) || HasNul(p.Value)),
        JsonValueKind.Array => element.EnumerateArray().Any(HasNul),
        _ => false,
    };

    /// <summary>The same check for Razor Pages: a page handler's arguments and bound properties, on every post.</summary>
    public sealed class ForPages : IAsyncPageFilter
    {
        public Task OnPageHandlerSelectionAsync(PageHandlerSelectedContext context) => Task.CompletedTask;

        public async Task OnPageHandlerExecutionAsync(PageHandlerExecutingContext context, PageHandlerExecutionDelegate next)
        {
            if (!HttpMethods.IsGet(context.HttpContext.Request.Method) && !HttpMethods.IsHead(context.HttpContext.Request.Method)
                && (context.HandlerArguments.Values.Any(HasNul) || context.ActionDescriptor.BoundProperties.OfType<PageBoundPropertyDescriptor>()
                    .Any(p => HasNul(p.Property.GetValue(context.HandlerInstance)))))
            {
                // The error page answers (the status code pages run it), as for a NUL in a URL-encoded form.
                context.Result = new StatusCodeResult(StatusCodes.Status400BadRequest);
                return;
            }

            await next();
        }
    }
}
