using DataForLife.Web.Domain.Editions;
using DataForLife.Web.Features.Judging;

namespace DataForLife.Web.Features.Final;

/// <summary>The teams of the final (the TOP 10): those the round before it published as going on; null until then.</summary>
public sealed class Finalists(RoundEntries entries)
{
    public async Task<IReadOnlyList<int>?> TeamIdsAsync(Edition edition, CancellationToken cancellationToken)
    {
        var rounds = edition.Definition.Rounds;
        if (rounds.Count < 2)
        {
            return null;
        }

        var previous = rounds[^2];
        return await entries.AdvancingFromAsync(edition.Id, previous.Code, previous.Quota, cancellationToken);
    }

    public async Task<bool> IsFinalistAsync(Edition edition, int teamId, CancellationToken cancellationToken) =>
        (await TeamIdsAsync(edition, cancellationToken))?.Contains(teamId) == true;
}
