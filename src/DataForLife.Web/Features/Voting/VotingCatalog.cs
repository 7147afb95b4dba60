using DataForLife.Web.Data;
using DataForLife.Web.Features.Editions;
using DataForLife.Web.Features.Judging;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Caching.Memory;

namespace DataForLife.Web.Features.Voting;

/// <summary>
/// Keeps each edition's <see cref="VotingState"/> in memory for a few seconds, so a vote costs no lookup beyond its own
/// insert. Publishing round 1 clears it at once on this instance; other instances see it within <see cref="CacheFor"/>.
/// </summary>
public sealed class VotingCatalog(IServiceScopeFactory scopes, IMemoryCache cache)
{
    public static readonly TimeSpan CacheFor = TimeSpan.FromSeconds(5);

    public async Task<VotingState?> FindAsync(string editionId, CancellationToken cancellationToken)
    {
        if (cache.TryGetValue(Key(editionId), out VotingState? state))
        {
            return state;
        }

        await using var scope = scopes.CreateAsyncScope();
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
        state = new VotingState(edition, definition.FindPhase(definition.Voting.PhaseCode), codes.ToDictionary(c => c.Value, c => c.Key, StringComparer.OrdinalIgnoreCase), codes);
        cache.Set(Key(editionId), state, CacheFor);
        return state;
    }

    public void Invalidate(string editionId) => cache.Remove(Key(editionId));

    private static string Key(string editionId) => "voting:" + editionId;
}
