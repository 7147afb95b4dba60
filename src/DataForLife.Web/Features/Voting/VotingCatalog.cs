using DataForLife.Web.Data;
using DataForLife.Web.Features.Editions;
using DataForLife.Web.Features.Judging;
using Microsoft.EntityFrameworkCore;
using DataForLife.Web.Infrastructure;

namespace DataForLife.Web.Features.Voting;

/// <summary>
/// Keeps each edition's <see cref="VotingState"/> in memory for a few seconds, so a vote costs no lookup beyond its own
/// insert, and an expiry is reloaded once, in the background, while votes go on against the previous state. Publishing
/// round 1 drops it at once on this instance; other instances see it within <see cref="CacheFor"/>.
/// </summary>
public sealed class VotingCatalog
{
    public static readonly TimeSpan CacheFor = TimeSpan.FromSeconds(5);

    private readonly IServiceScopeFactory _scopes;
    private readonly RefreshingCache<string, VotingState?> _states;

    public VotingCatalog(IServiceScopeFactory scopes, TimeProvider clock)
    {
        _scopes = scopes;
        _states = new(CacheFor, clock, LoadAsync, keep: state => state is not null);
    }

    public ValueTask<VotingState?> FindAsync(string editionId, CancellationToken cancellationToken) => _states.GetAsync(editionId, cancellationToken);

    public void Invalidate(string editionId) => _states.Forget(editionId);

    private async Task<VotingState?> LoadAsync(string editionId, CancellationToken cancellationToken)
    {
        await using var scope = _scopes.CreateAsyncScope();
        var edition = await scope.ServiceProvider.GetRequiredService<EditionStore>().FindAsync(editionId, cancellationToken);
        if (edition is null)
        {
            return null;
        }

        var definition = edition.Definition;
        var first = definition.Rounds.Count > 0 ? definition.Rounds[0] : null;
        var teams = first is null ? null
            : await scope.ServiceProvider.GetRequiredService<RoundEntries>().AdvancingFromAsync(edition.Id, first.Code, first.Quota, cancellationToken);
        var codes = teams is null ? new Dictionary<int, string>()
            : await scope.ServiceProvider.GetRequiredService<AppDbContext>().Teams.AsNoTracking().Where(t => teams.Contains(t.Id))
                .ToDictionaryAsync(t => t.Id, t => t.PublicCode, cancellationToken);
        return new VotingState(edition, Domain.Voting.VotingWindow.Of(definition), codes.ToDictionary(c => c.Value, c => c.Key, StringComparer.OrdinalIgnoreCase), codes);
    }
}
