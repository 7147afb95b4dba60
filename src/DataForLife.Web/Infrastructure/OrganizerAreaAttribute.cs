using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Filters;

namespace DataForLife.Web.Infrastructure;

/// <summary>
/// An organisers' page: organisers use it, the steering committee (observers) may read it, and only organisers may
/// change anything through it.
/// </summary>
[AttributeUsage(AttributeTargets.Class)]
public sealed class OrganizerAreaAttribute : AuthorizeAttribute, IAsyncPageFilter
{
    public OrganizerAreaAttribute() => Policy = Policies.OrganizerOrObserver;

    public Task OnPageHandlerSelectionAsync(PageHandlerSelectedContext context) => Task.CompletedTask;

    public async Task OnPageHandlerExecutionAsync(PageHandlerExecutingContext context, PageHandlerExecutionDelegate next)
    {
        var method = context.HttpContext.Request.Method;
        if (!HttpMethods.IsGet(method) && !HttpMethods.IsHead(method) && !context.HttpContext.User.IsInRole(Domain.Accounts.Roles.Organizer))
        {
            context.Result = new ForbidResult();
            return;
        }

        await next();
    }
}
