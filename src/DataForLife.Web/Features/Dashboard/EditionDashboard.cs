using DataForLife.Web.Domain.Dashboard;
using DataForLife.Web.Domain.Editions;

namespace DataForLife.Web.Features.Dashboard;

/// <summary>
/// Every chart of an edition's dashboard, in the order of the contest. The queries run one after the other: one
/// context cannot run two at once, and each is a single grouped scan.
/// </summary>
public sealed class EditionDashboard(RegistrationFigures registrations, ProgressFigures progress, JudgingFigures judging)
{
    public async Task<IReadOnlyList<Chart>> ChartsAsync(Edition edition, CancellationToken cancellationToken)
    {
        var judged = await judging.ForAsync(edition, cancellationToken);
        return
        [
            await registrations.PerDayAsync(edition, cancellationToken),
            await registrations.PerCategoryAsync(edition, cancellationToken),
            await registrations.PerCountryAsync(edition, cancellationToken),
            await registrations.PerProvinceAsync(edition, cancellationToken),
            await registrations.PerOrganisationAsync(edition, cancellationToken),
            await progress.DossiersAsync(edition, cancellationToken),
            judged.Rounds,
            judged.Judges,
            await progress.VotesAsync(edition, cancellationToken),
            await progress.FinalAsync(edition, cancellationToken),
        ];
    }
}
