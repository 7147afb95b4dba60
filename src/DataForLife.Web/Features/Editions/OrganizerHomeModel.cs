using DataForLife.Web.Infrastructure;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace DataForLife.Web.Features.Editions;

[OrganizerArea]
public sealed class OrganizerHomeModel(EditionStore editions) : PageModel
{
    public string? CurrentEditionId { get; private set; }

    public async Task OnGetAsync(CancellationToken cancellationToken) => CurrentEditionId = await editions.CurrentIdAsync(cancellationToken);
}
