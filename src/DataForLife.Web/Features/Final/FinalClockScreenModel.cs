using DataForLife.Web.Domain.Editions;
using DataForLife.Web.Domain.Final;
using DataForLife.Web.Features.Editions;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace DataForLife.Web.Features.Final;

/// <summary>The public full-screen countdown of the final's 24 hours, for the venue's screens; no sign-in.</summary>
[AllowAnonymous]
public sealed class FinalClockScreenModel(EditionStore editions, FinalClock clock) : PageModel
{
    public Edition Edition { get; private set; } = null!;

    public FinalClockView Clock { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(string? edition, CancellationToken cancellationToken)
    {
        var found = edition is null ? await editions.CurrentAsync(cancellationToken) : await editions.FindAsync(edition, cancellationToken);
        if (found is null)
        {
            return NotFound();
        }

        Edition = found;
        Clock = await clock.ViewAsync(found.Id, cancellationToken);
        return Page();
    }
}
