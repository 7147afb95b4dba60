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
public sealed class ResultsModel(AppDbContext db, JudgingContext context, PitchOrders orders, Voting.VotingCatalog voting, Voting.VoteCounts counts,
    TimeProvider clock) : PageModel
{
    public sealed record Published(JudgingRound Round, IReadOnlyList<(EntryStanding Standing, Team Team)> Advancing,
        IReadOnlyList<(EntryStanding Standing, Team Team)> All);

    /// <summary>One entry of the public vote once its counts are public: votes and the bonus they give.</summary>
    public sealed record VoteLine(Team Team, int Votes, double Bonus);

    /// <summary>The public vote's counts, once the edition shows them (after the window, or during it if it says so).</summary>
    public IReadOnlyList<VoteLine>? Votes { get; private set; }

    /// <summary>Counted votes by team, to show beside the standings of a round that takes the bonus.</summary>
    public IReadOnlyDictionary<int, int> VoteCounts { get; private set; } = new Dictionary<int, int>();

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
        Rounds = [.. rounds.Where(r => publications.ContainsKey(r.Code)).Select(r =>
        {
            var all = RoundEntries.Standings(publications[r.Code].StandingsJson).Select(s => (s, teams[s.EntryId])).ToList();
            return new Published(r, [.. all.Take(r.Round.Quota)], all);
        })];
        if (await voting.FindAsync(Edition.Id, cancellationToken) is { } state && state.CountsArePublicAt(clock.GetUtcNow().UtcDateTime))
        {
            VoteCounts = await counts.CountedAsync(Edition.Id, cancellationToken);
            var most = VoteCounts.Count == 0 ? 0 : VoteCounts.Values.Max();
            Votes = [.. state.CodeByTeam.Keys.Select(id => new VoteLine(teams[id], VoteCounts.GetValueOrDefault(id),
                    Domain.Voting.VoteBonusFormula.Bonus(state.Settings.BonusPoints, VoteCounts.GetValueOrDefault(id), most)))
                .OrderByDescending(v => v.Votes).ThenBy(v => v.Team.PublicCode, StringComparer.Ordinal)];
        }
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
