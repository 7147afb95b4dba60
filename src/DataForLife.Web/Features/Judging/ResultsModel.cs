using DataForLife.Web.Domain.Judging;
using DataForLife.Web.Domain.Registration;
using DataForLife.Web.Features.Ceremony;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace DataForLife.Web.Features.Judging;

/// <summary>
/// The public results: once the ceremony has announced them, the prizes first (team, idea, prize, amount, photo); then
/// for each published round who goes on (the final's only from the ceremony on); the public vote; the drawn pitch order.
/// </summary>
[AllowAnonymous]
public sealed class ResultsModel(PublicResults results, JudgingContext context, PitchOrders orders, Voting.VotingCatalog voting, Voting.VoteCounts counts,
    TimeProvider clock) : PageModel
{
    /// <summary>One entry of the public vote once its counts are public: votes and the bonus they give.</summary>
    public sealed record VoteLine(Team Team, int Votes, double Bonus);

    /// <summary>The public vote's counts, once the edition shows them (after the window, or during it if it says so).</summary>
    public IReadOnlyList<VoteLine>? Votes { get; private set; }

    /// <summary>Counted votes by team, to show beside the standings of a round that takes the bonus.</summary>
    public IReadOnlyDictionary<int, int> VoteCounts { get; private set; } = new Dictionary<int, int>();

    public ResultsView View { get; private set; } = null!;

    public PitchOrder? Order { get; private set; }

    public async Task<IActionResult> OnGetAsync(string? edition, CancellationToken cancellationToken)
    {
        if (await results.ForAsync(edition, cancellationToken) is not { } view)
        {
            return NotFound();
        }

        View = view;
        // Never kept by a browser or a cache past the moment the ceremony makes the results public.
        Response.Headers.CacheControl = "no-cache";
        var id = view.Edition.Id;
        if (await voting.FindAsync(id, cancellationToken) is { } state && state.CountsArePublicAt(clock.GetUtcNow().UtcDateTime))
        {
            VoteCounts = await counts.CountedAsync(id, cancellationToken);
            var most = VoteCounts.Count == 0 ? 0 : VoteCounts.Values.Max();
            var teams = view.Rounds.SelectMany(r => r.All).Select(s => s.Team).DistinctBy(t => t.Id).ToDictionary(t => t.Id);
            Votes = [.. state.CodeByTeam.Keys.Where(teams.ContainsKey).Select(teamId => new VoteLine(teams[teamId], VoteCounts.GetValueOrDefault(teamId),
                    Domain.Voting.VoteBonusFormula.Bonus(state.Settings.BonusPoints, VoteCounts.GetValueOrDefault(teamId), most)))
                .OrderByDescending(v => v.Votes).ThenBy(v => v.Team.PublicCode, StringComparer.Ordinal)];
        }

        var rounds = await context.RoundsAsync(id, cancellationToken);
        Order = await orders.FindAsync(rounds[^1], cancellationToken);
        return Page();
    }
}
