using System.Security.Claims;
using DataForLife.Web.Data;
using DataForLife.Web.Domain.Judging;
using DataForLife.Web.Domain.Registration;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace DataForLife.Web.Features.Judging;

/// <summary>The head of the jury sees the ties the rules could not break at a line and orders each, with a reason.</summary>
[Authorize(Roles = Domain.Accounts.Roles.Judge)]
public sealed class TiesModel(AppDbContext db, JudgingContext context, RoundRankingService rankings, TieDecisions decisions, IStringLocalizer<SharedResource> l) : PageModel
{
    public JudgingRound Round { get; private set; } = null!;

    public RoundRanking Ranking { get; private set; } = null!;

    public IReadOnlyDictionary<int, Team> Teams { get; private set; } = new Dictionary<int, Team>();

    public async Task<IActionResult> OnGetAsync(string round, CancellationToken cancellationToken) =>
        await LoadAsync(round, cancellationToken) ? Page() : NotFound();

    public async Task<IActionResult> OnPostAsync(string round, List<int> order, string? reason, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(round, cancellationToken))
        {
            return NotFound();
        }

        if (order.Count != order.Distinct().Count() || !await decisions.DecideAsync(Round, User.FindFirstValue(ClaimTypes.NameIdentifier)!, order, reason, cancellationToken))
        {
            ModelState.AddModelError(string.Empty, l["Ties.Invalid"]);
            return Page();
        }

        TempData["Notice"] = l["Ties.Decided"].Value;
        return RedirectToPage(new { round });
    }

    private async Task<bool> LoadAsync(string round, CancellationToken cancellationToken)
    {
        if (await context.RoundAsync(null, round, cancellationToken) is not { } found
            || !await decisions.IsHeadAsync(found.EditionId, User.FindFirstValue(ClaimTypes.NameIdentifier)!, cancellationToken))
        {
            return false;
        }

        Round = found;
        Ranking = await rankings.ComputeAsync(found, cancellationToken);
        var ids = Ranking.Standings.Select(s => s.EntryId).ToList();
        Teams = await db.Teams.AsNoTracking().Where(t => ids.Contains(t.Id)).ToDictionaryAsync(t => t.Id, cancellationToken);
        return true;
    }
}
