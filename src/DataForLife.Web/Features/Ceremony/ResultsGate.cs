using DataForLife.Web.Data;
using DataForLife.Web.Domain.Ceremony;
using DataForLife.Web.Domain.Editions;
using DataForLife.Web.Domain.Judging;
using Microsoft.EntityFrameworkCore;

namespace DataForLife.Web.Features.Ceremony;

/// <summary>
/// The one door to published standings for anyone but the organisers and the jury: a round's publication is returned
/// only once it may be shown (<see cref="ResultsRelease"/>), so the final's ranking stays hidden until the ceremony on
/// every page, API answer, letter and export that reads through here.
/// </summary>
public sealed class ResultsGate(AppDbContext db, TimeProvider clock)
{
    /// <summary>The publications of the edition that may be shown now, by round code.</summary>
    public async Task<IReadOnlyDictionary<string, RoundPublication>> PublicRoundsAsync(Edition edition, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        var published = await db.RoundPublications.AsNoTracking().Where(p => p.EditionId == edition.Id).ToListAsync(cancellationToken);
        return published.Where(p => ResultsRelease.RoundIsPublic(edition.Definition, p.RoundCode, true, now)).ToDictionary(p => p.RoundCode);
    }

    public async Task<RoundPublication?> PublicRoundAsync(Edition edition, string roundCode, CancellationToken cancellationToken) =>
        (await PublicRoundsAsync(edition, cancellationToken)).GetValueOrDefault(roundCode);

    /// <summary>The final is published and its ceremony time has come.</summary>
    public async Task<bool> FinalIsPublicAsync(Edition edition, CancellationToken cancellationToken)
    {
        // Before the ceremony's time there is nothing to look up.
        if (edition.Definition.Rounds.Count == 0 || !ResultsRelease.IsPublic(edition.Definition.Ceremony, true, clock.GetUtcNow()))
        {
            return false;
        }

        var final = edition.Definition.Rounds[^1].Code;
        return await db.RoundPublications.AnyAsync(p => p.EditionId == edition.Id && p.RoundCode == final, cancellationToken);
    }

    /// <summary>The final is published but its results are still kept for the ceremony.</summary>
    public async Task<bool> FinalAwaitsCeremonyAsync(Edition edition, CancellationToken cancellationToken)
    {
        if (edition.Definition.Rounds.Count == 0 || await FinalIsPublicAsync(edition, cancellationToken))
        {
            return false;
        }

        var final = edition.Definition.Rounds[^1].Code;
        return await db.RoundPublications.AnyAsync(p => p.EditionId == edition.Id && p.RoundCode == final, cancellationToken);
    }

    /// <summary>The awards, in place order, once the final's results are public; otherwise none.</summary>
    public async Task<IReadOnlyList<Award>> PublicAwardsAsync(Edition edition, CancellationToken cancellationToken) =>
        await FinalIsPublicAsync(edition, cancellationToken)
            ? await db.Awards.AsNoTracking().Where(a => a.EditionId == edition.Id).OrderBy(a => a.Rank).ThenBy(a => a.TeamId).ToListAsync(cancellationToken)
            : [];
}
