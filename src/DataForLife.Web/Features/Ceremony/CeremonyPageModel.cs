using DataForLife.Web.Domain.Editions;
using DataForLife.Web.Features.Editions;
using DataForLife.Web.Infrastructure;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;

namespace DataForLife.Web.Features.Ceremony;

/// <summary>
/// The ceremony for the organisers: when the results go public, "announce now", and the payout sheet with its exports
/// (identity numbers whole for organisers, masked for the steering committee).
/// </summary>
[OrganizerArea]
public sealed class CeremonyPageModel(EditionStore editions, ResultsGate gate, CeremonyRelease release, PayoutSheet payouts, IStringLocalizer<SharedResource> l)
    : PageModel
{
    public Edition Edition { get; private set; } = null!;

    public bool FinalPublished { get; private set; }

    public bool IsPublic { get; private set; }

    public IReadOnlyList<PayoutSheet.Line>? Lines { get; private set; }

    public IEnumerable<string> Headers => payouts.Headers;

    private bool ShowDocuments => User.IsInRole(Domain.Accounts.Roles.Organizer);

    public async Task<IActionResult> OnGetAsync(string id, CancellationToken cancellationToken) =>
        await LoadAsync(id, cancellationToken) ? Page() : NotFound();

    public Task<IActionResult> OnGetXlsxAsync(string id, CancellationToken cancellationToken) => ExportAsync(id, excel: true, cancellationToken);

    public Task<IActionResult> OnGetCsvAsync(string id, CancellationToken cancellationToken) => ExportAsync(id, excel: false, cancellationToken);

    public async Task<IActionResult> OnPostAnnounceAsync(string id, CancellationToken cancellationToken)
    {
        var outcome = await release.AnnounceNowAsync(id, cancellationToken);
        if (outcome == CeremonyRelease.Outcome.NotFound)
        {
            return NotFound();
        }

        TempData[outcome == CeremonyRelease.Outcome.Announced ? "Notice" : "Alert"] = l["Ceremony." + outcome].Value;
        return RedirectToPage(new { id });
    }

    private async Task<IActionResult> ExportAsync(string id, bool excel, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(id, cancellationToken))
        {
            return NotFound();
        }

        if (Lines is null)
        {
            // Before the ceremony there is nothing to export: the sheet would reveal the prizes.
            TempData["Alert"] = l["Payout.NotYet"].Value;
            return RedirectToPage(new { id });
        }

        var bytes = await payouts.ExportAsync(Edition, Lines, excel, ShowDocuments, cancellationToken);
        return excel
            ? File(bytes, "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", $"payouts-{id}.xlsx")
            : File(bytes, "text/csv; charset=utf-8", $"payouts-{id}.csv");
    }

    private async Task<bool> LoadAsync(string id, CancellationToken cancellationToken)
    {
        editions.Invalidate(id);
        if (await editions.FindAsync(id, cancellationToken) is not { } edition)
        {
            return false;
        }

        Edition = edition;
        IsPublic = await gate.FinalIsPublicAsync(edition, cancellationToken);
        FinalPublished = IsPublic || await gate.FinalAwaitsCeremonyAsync(edition, cancellationToken);
        Lines = await payouts.LinesAsync(edition, ShowDocuments, cancellationToken);
        return true;
    }
}
