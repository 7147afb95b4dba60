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

/// <summary>
/// The head of the jury (and the group leads) see the ties the rules could not break at a line; each is ordered, with a
/// reason, by whoever <see cref="TieDesk"/> says decides it. A tie holding a team the reader is in conflict with shows
/// only its place.
/// </summary>
[Authorize(Roles = Domain.Accounts.Roles.Judge)]
public sealed class TiesModel(AppDbContext db, JudgingContext context, RoundRankingService rankings, TieDecisions decisions, IStringLocalizer<SharedResource> l) : PageModel
{
    public JudgingRound Round { get; private set; } = null!;

    public RoundRanking Ranking { get; private set; } = null!;

    public IReadOnlyDictionary<int, Team> Teams { get; private set; } = new Dictionary<int, Team>();

    public TieDesk Desk { get; private set; } = null!;

    /// <summary>False while sheets are still coming in and the window is open: no tie is shown yet.</summary>
    public bool ScoringOver { get; private set; }

    public string UserId => User.FindFirstValue(ClaimTypes.NameIdentifier)!;

    /// <summary>A refused decision, shown back as it was sent.</summary>
    public IReadOnlyList<int> SentOrder { get; private set; } = [];

    public string? SentReason { get; private set; }

    public async Task<IActionResult> OnGetAsync(string round, CancellationToken cancellationToken) =>
        await LoadAsync(round, cancellationToken) ? Page() : NotFound();

    public async Task<IActionResult> OnPostAsync(string round, List<int> order, string? reason, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(round, cancellationToken))
        {
            return NotFound();
        }

        if (order.Count != order.Distinct().Count() || !await decisions.DecideAsync(Round, UserId, order, reason, cancellationToken))
        {
            ModelState.AddModelError(string.Empty, l["Ties.Invalid"]);
            (SentOrder, SentReason) = (order, reason);
            return Page();
        }

        TempData["Notice"] = l["Ties.Decided"].Value;
        return RedirectToPage(new { round });
    }

    private async Task<bool> LoadAsync(string round, CancellationToken cancellationToken)
    {
        if (await context.RoundAsync(null, round, cancellationToken) is not { } found)
        {
            return false;
        }

        Desk = await decisions.DeskAsync(found.EditionId, cancellationToken);
        if (!Desk.MayOpen(UserId))
        {
            return false;
        }

        Round = found;
        ScoringOver = await rankings.ScoringOverAsync(found, cancellationToken);
        Ranking = ScoringOver ? await rankings.ComputeAsync(found, cancellationToken) : new RoundRanking([], [], [], new Dictionary<string, double>());
        var ids = Ranking.Standings.Select(s => s.EntryId).ToList();
        Teams = await db.Teams.AsNoTracking().Where(t => ids.Contains(t.Id)).ToDictionaryAsync(t => t.Id, cancellationToken);
        return true;
    }
}
