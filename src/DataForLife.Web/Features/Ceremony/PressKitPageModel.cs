using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace DataForLife.Web.Features.Ceremony;

/// <summary>The press kit: the winners on one printable page, with photos and texts in Vietnamese and English; 404 before the ceremony.</summary>
[AllowAnonymous]
public sealed class PressKitPageModel(PublicResults results) : PageModel
{
    public ResultsView View { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(string? edition, CancellationToken cancellationToken)
    {
        if (await results.ForAsync(edition, cancellationToken) is not { Winners.Count: > 0 } view)
        {
            return NotFound();
        }

        View = view;
        Response.Headers.CacheControl = "no-cache";
        return Page();
    }
}
