using DataForLife.Web.Data;
using DataForLife.Web.Domain.Editions;
using DataForLife.Web.Domain.Registration;
using DataForLife.Web.Features.Editions;
using DataForLife.Web.Features.Judging;
using DataForLife.Web.Infrastructure;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace DataForLife.Web.Features.Final;

/// <summary>
/// The stage's full-screen pitch timer, run by an organiser at the venue, facing the jury: the finalists in the order
/// the lot drew, the edition's least and most minutes (the plan's 6 to 8), colours and sounds at both.
/// </summary>
[OrganizerArea]
public sealed class StageTimerModel(AppDbContext db, EditionStore editions, PitchOrders orders) : PageModel
{
    public Edition Edition { get; private set; } = null!;

    /// <summary>The finalists in pitching order; empty until the lot is drawn.</summary>
    public IReadOnlyList<Team> Order { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(string id, CancellationToken cancellationToken)
    {
        if (await editions.FindAsync(id, cancellationToken) is not { } edition)
        {
            return NotFound();
        }

        Edition = edition;
        var final = edition.Definition.Rounds.Count > 0 ? JudgingRound.Find(edition, edition.Definition.Rounds[^1].Code) : null;
        if (final is not null && await orders.FindAsync(final, cancellationToken) is { } order)
        {
            var codes = order.Codes.Split(',', StringSplitOptions.RemoveEmptyEntries);
            var teams = await db.Teams.AsNoTracking().Where(t => t.EditionId == id && codes.Contains(t.PublicCode)).ToDictionaryAsync(t => t.PublicCode, cancellationToken);
            Order = [.. codes.Where(teams.ContainsKey).Select(c => teams[c])];
        }

        return Page();
    }
}
