using DataForLife.Web.Data;
using DataForLife.Web.Domain.Editions;
using DataForLife.Web.Domain.Judging;
using DataForLife.Web.Domain.Registration;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace DataForLife.Web.Features.Judging;

/// <summary>The public results: for each published round, who goes on; for the final, the prizes; the drawn pitch order.</summary>
[AllowAnonymous]
public sealed class ResultsModel(AppDbContext db, JudgingContext context, PitchOrders orders) : PageModel
{
    public sealed record Published(JudgingRound Round, IReadOnlyList<(EntryStanding Standing, Team Team)> Advancing);

    public IReadOnlyList<Published> Rounds { get; private set; } = [];

    public PitchOrder? Order { get; private set; }

    public Edition? Edition { get; private set; }

    public async Task<IActionResult> OnGetAsync(string? edition, CancellationToken cancellationToken)
    {
        var rounds = await context.RoundsAsync(edition, cancellationToken);
        if (rounds.Count == 0)
        {
            return NotFound();
        }

        Edition = rounds[0].Edition;
        var publications = await db.RoundPublications.AsNoTracking().Where(p => p.EditionId == Edition.Id).ToDictionaryAsync(p => p.RoundCode, cancellationToken);
        var teams = await db.Teams.AsNoTracking().Where(t => t.EditionId == Edition.Id).ToDictionaryAsync(t => t.Id, cancellationToken);
        Rounds = [.. rounds.Where(r => publications.ContainsKey(r.Code)).Select(r => new Published(r,
            [.. RoundEntries.Standings(publications[r.Code].StandingsJson).Take(r.Round.Quota).Select(s => (s, teams[s.EntryId]))]))];
        Order = await orders.FindAsync(rounds[^1], cancellationToken);
        return Page();
    }

    /// <summary>The prize of a place in the final, by the edition's prize table (1st, 2nd, 3rd, then consolation).</summary>
    public Prize? PrizeOf(int place)
    {
        var last = 0;
        foreach (var prize in Edition!.Definition.Prizes)
        {
            last += prize.Count;
            if (place <= last)
            {
                return prize;
            }
        }

        return null;
    }
}
