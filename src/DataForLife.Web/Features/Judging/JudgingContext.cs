using DataForLife.Web.Features.Editions;

namespace DataForLife.Web.Features.Judging;

/// <summary>Finds the rounds of the current edition (or a named one) for the judging pages and API.</summary>
public sealed class JudgingContext(EditionStore editions)
{
    public async Task<JudgingRound?> RoundAsync(string? editionId, string roundCode, CancellationToken cancellationToken)
    {
        var edition = editionId is null ? await editions.CurrentAsync(cancellationToken) : await editions.FindAsync(editionId, cancellationToken);
        return edition is null ? null : JudgingRound.Find(edition, roundCode);
    }

    public async Task<IReadOnlyList<JudgingRound>> RoundsAsync(string? editionId, CancellationToken cancellationToken)
    {
        var edition = editionId is null ? await editions.CurrentAsync(cancellationToken) : await editions.FindAsync(editionId, cancellationToken);
        return edition is null ? [] : [.. edition.Definition.Rounds.Select(r => JudgingRound.Find(edition, r.Code)).OfType<JudgingRound>()];
    }
}
