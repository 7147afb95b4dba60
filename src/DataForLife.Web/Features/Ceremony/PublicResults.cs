using DataForLife.Web.Data;
using DataForLife.Web.Domain.Ceremony;
using DataForLife.Web.Domain.Editions;
using DataForLife.Web.Domain.Judging;
using DataForLife.Web.Domain.Registration;
using DataForLife.Web.Features.Judging;
using DataForLife.Web.Features.Voting;
using DataForLife.Web.Features.Voting.Gallery;
using Microsoft.EntityFrameworkCore;

namespace DataForLife.Web.Features.Ceremony;

/// <summary>A round as the public may see it: every entry's standing, and the ones that went on.</summary>
public sealed record PublicRound(JudgingRound Round, RoundPublication Publication, IReadOnlyList<PublicStanding> All)
{
    public IReadOnlyList<PublicStanding> Advancing => [.. All.Take(Round.Round.Quota)];
}

public sealed record PublicStanding(EntryStanding Standing, Team Team);

/// <summary>A prize as announced: the award, its team and the photo of the team's judged dossier (a link, or none).</summary>
public sealed record Winner(Award Award, Team Team, string? PhotoUrl);

/// <summary>Everything the results page, the home page, the press kit and the results API show, all read through <see cref="ResultsGate"/>.</summary>
public sealed record ResultsView(Edition Edition, IReadOnlyList<PublicRound> Rounds, IReadOnlyList<Winner> Winners, bool AwaitsCeremony)
{
    public DateTimeOffset? CeremonyAt => Edition.Definition.Ceremony.ResultsAt;
}

public sealed class PublicResults(AppDbContext db, JudgingContext context, ResultsGate gate, VotingCatalog voting, GalleryEntries gallery)
{
    public async Task<ResultsView?> ForAsync(string? editionId, CancellationToken cancellationToken)
    {
        var rounds = await context.RoundsAsync(editionId, cancellationToken);
        if (rounds.Count == 0)
        {
            return null;
        }

        var edition = rounds[0].Edition;
        var publications = await gate.PublicRoundsAsync(edition, cancellationToken);
        var ids = publications.Values.SelectMany(p => RoundEntries.Standings(p.StandingsJson)).Select(s => s.EntryId).Distinct().ToList();
        var teams = await db.Teams.AsNoTracking().Where(t => ids.Contains(t.Id)).ToDictionaryAsync(t => t.Id, cancellationToken);
        var shown = rounds.Where(r => publications.ContainsKey(r.Code)).Select(r => new PublicRound(r, publications[r.Code],
            [.. RoundEntries.Standings(publications[r.Code].StandingsJson).Select(s => new PublicStanding(s, teams[s.EntryId]))])).ToList();
        var awards = await gate.PublicAwardsAsync(edition, cancellationToken);
        var photos = awards.Count == 0 ? new Dictionary<int, string>() : await PhotosAsync(edition.Id, cancellationToken);
        var winners = awards.Select(a => new Winner(a, teams[a.TeamId], photos.GetValueOrDefault(a.TeamId))).ToList();
        return new ResultsView(edition, shown, winners, await gate.FinalAwaitsCeremonyAsync(edition, cancellationToken));
    }

    /// <summary>The prizes alone, for the home page: nothing is read beyond the gate before the ceremony.</summary>
    public async Task<IReadOnlyList<Winner>> WinnersAsync(Edition edition, CancellationToken cancellationToken)
    {
        var awards = await gate.PublicAwardsAsync(edition, cancellationToken);
        if (awards.Count == 0)
        {
            return [];
        }

        var ids = awards.Select(a => a.TeamId).ToList();
        var teams = await db.Teams.AsNoTracking().Where(t => ids.Contains(t.Id)).ToDictionaryAsync(t => t.Id, cancellationToken);
        var photos = await PhotosAsync(edition.Id, cancellationToken);
        return [.. awards.Select(a => new Winner(a, teams[a.TeamId], photos.GetValueOrDefault(a.TeamId)))];
    }

    /// <summary>The photo of each selected team's judged dossier, as the gallery serves it.</summary>
    private async Task<Dictionary<int, string>> PhotosAsync(string editionId, CancellationToken cancellationToken)
    {
        if (await voting.FindAsync(editionId, cancellationToken) is not { } state)
        {
            return [];
        }

        return (await gallery.ListAsync(state, cancellationToken)).Where(e => e.PhotoId is not null)
            .ToDictionary(e => e.Team.Id, e => $"/vote/{e.Code}/media/{e.PhotoId}?edition={Uri.EscapeDataString(editionId)}");
    }
}
