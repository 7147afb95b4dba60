using DataForLife.Web.Domain.Editions;
using DataForLife.Web.Features.Editions;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace DataForLife.Web.Features.Public;

/// <summary>The landing page of the current edition, and of any past edition at /editions/{id}.</summary>
[AllowAnonymous]
public sealed class LandingModel(EditionStore store, Ceremony.PublicResults results, TimeProvider clock) : PageModel
{
    public Edition Edition { get; private set; } = null!;

    public TimelineView Timeline { get; private set; } = null!;

    public bool IsCurrent { get; private set; }

    public DateTimeOffset Now { get; private set; }

    /// <summary>The prizes, once the ceremony has announced them: the page leads with them.</summary>
    public IReadOnlyList<Ceremony.Winner> Winners { get; private set; } = [];

    /// <summary>The public vote is open: the page's first button leads to it.</summary>
    public bool OffersVote => Timeline.IsOpen(Edition.Definition.Voting.PhaseCode);

    /// <summary>Registration has not ended: the page offers to enter.</summary>
    public bool OffersEntry => Timeline.Phases.Any(p => p.Phase.Code == Registration.RegistrationWindow.PhaseCode && p.State != PhaseState.Closed);

    public async Task<IActionResult> OnGetAsync(string? id, CancellationToken cancellationToken)
    {
        var currentId = await store.CurrentIdAsync(cancellationToken);
        var edition = await store.FindAsync(id ?? currentId ?? string.Empty, cancellationToken);
        if (edition is null)
        {
            return NotFound();
        }

        Edition = edition;
        IsCurrent = edition.Id == currentId;
        Now = clock.GetUtcNow();
        Timeline = TimelineView.At(edition.Definition, Now);
        Winners = await results.WinnersAsync(edition, cancellationToken);
        // The winners appear at the ceremony's time: no browser or cache keeps the page from before it.
        Response.Headers.CacheControl = "no-cache";
        return Page();
    }
}
