using DataForLife.Web.Domain.Editions;
using DataForLife.Web.Features.Editions;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace DataForLife.Web.Features.Public;

/// <summary>Every edition, so that past contests stay reachable.</summary>
[AllowAnonymous]
public sealed class EditionsModel(EditionStore store) : PageModel
{
    public IReadOnlyList<Edition> Editions { get; private set; } = [];

    public string? CurrentId { get; private set; }

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        Editions = await store.ListAsync(cancellationToken);
        CurrentId = await store.CurrentIdAsync(cancellationToken);
    }
}
