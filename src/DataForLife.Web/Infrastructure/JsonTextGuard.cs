using System.Collections;
using System.Collections.Concurrent;
using System.Reflection;
using System.Text.Json;
using Microsoft.Extensions.Localization;

namespace DataForLife.Web.Infrastructure;

/// <summary>
/// A NUL character in a JSON body (written <c>\u0000</c>, or sent raw in a body of another charset) is refused with
/// 400 before the endpoint runs: PostgreSQL refuses to store one. The check looks at the body as the endpoint received
/// it, after binding, in every text of it (properties, lists, dictionaries' keys and values, nested objects), so it
/// neither reads the body twice nor touches endpoints that take a raw body (files, CSV) or read it themselves (the
/// partner vote, whose reader id refuses every control character).
/// </summary>
public static class JsonTextGuard
{
    private const int MaxDepth = 8;

    private static readonly ConcurrentDictionary<Type, PropertyInfo[]> Properties = new();

    /// <summary>
    /// An endpoint filter factory for a group of API endpoints: a filter only where the handler takes a value the
    /// framework binds from the request (one of the platform's own types, not a service, or a list or dictionary).
    /// </summary>
    public static EndpointFilterDelegate Create(EndpointFilterFactoryContext context, EndpointFilterDelegate next)
    {
        var services = context.ApplicationServices.GetService<Microsoft.Extensions.DependencyInjection.IServiceProviderIsService>();
        var bound = context.MethodInfo.GetParameters()
            .Select((parameter, index) => (parameter.ParameterType, index))
            .Where(p => IsBoundValue(p.ParameterType) && services?.IsService(p.ParameterType) != true)
            .Select(p => p.index)
            .ToArray();
        if (bound.Length == 0)
        {
            return next;
        }

        return async invocation =>
        {
            if (bound.Any(index => HasNul(invocation.Arguments[index])))
            {
                var l = invocation.HttpContext.RequestServices.GetRequiredService<IStringLocalizer<SharedResource>>();
                return Results.Problem(statusCode: StatusCodes.Status400BadRequest, title: l["Request.NulCharacter"]);
            }

            return await next(invocation);
        };
    }

    private static bool IsBoundValue(Type type) =>
        (type.Assembly == typeof(JsonTextGuard).Assembly && !type.IsEnum && !type.IsAbstract && !type.IsInterface)
        || (type.IsGenericType && type.Namespace == "System.Collections.Generic");

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
        if (depth >= MaxDepth || type.IsPrimitive || type.IsEnum || type.Namespace == "System")
        {
            return false; // numbers, dates, times, Guids and the like hold no text
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
}
