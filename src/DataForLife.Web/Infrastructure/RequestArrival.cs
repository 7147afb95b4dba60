namespace DataForLife.Web.Infrastructure;

/// <summary>
/// Notes when each request reached the server, before anything else runs. Deadlines are judged by this moment, so a
/// long upload that began in time is on time, and a request that arrives late is late whatever the browser showed.
/// </summary>
public static class RequestArrival
{
    private static readonly object Key = new();

    public static IApplicationBuilder UseRequestArrival(this IApplicationBuilder app) => app.Use(async (context, next) =>
    {
        context.Items[Key] = context.RequestServices.GetRequiredService<TimeProvider>().GetUtcNow().UtcDateTime;
        await next(context);
    });

    public static DateTime ArrivedAtUtc(this HttpContext context) =>
        context.Items.TryGetValue(Key, out var value) && value is DateTime arrived
            ? arrived
            : context.RequestServices.GetRequiredService<TimeProvider>().GetUtcNow().UtcDateTime;
}
