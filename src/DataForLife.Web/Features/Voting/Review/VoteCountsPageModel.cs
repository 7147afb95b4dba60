using DataForLife.Web.Infrastructure;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace DataForLife.Web.Features.Voting.Review;

/// <summary>The vote while it runs: counted and quarantined votes per entry, web and partner, the bonus they give, votes per hour.</summary>
[OrganizerArea]
public sealed class VoteCountsPageModel(VotingCatalog catalog, LiveCounts counts) : PageModel
{
    public LiveCountsView View { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(string id, CancellationToken cancellationToken)
    {
        if (await catalog.FindAsync(id, cancellationToken) is not { } state)
        {
            return NotFound();
        }

        View = await counts.ForAsync(state, cancellationToken);
        return Page();
    }
}
