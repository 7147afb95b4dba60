using DataForLife.Web.Domain.Dashboard;
using DataForLife.Web.Domain.Editions;
using DataForLife.Web.Features.Editions;
using DataForLife.Web.Infrastructure;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace DataForLife.Web.Features.Dashboard;

/// <summary>One page per edition for organisers and the steering committee: each chart, its numbers as a table, and a CSV file.</summary>
[OrganizerArea]
public sealed class DashboardPageModel(EditionStore editions, EditionDashboard dashboard, TimeProvider clock) : PageModel
{
    public Edition Edition { get; private set; } = null!;

    public IReadOnlyList<Chart> Charts { get; private set; } = [];

    public DateTimeOffset AsOf { get; private set; }

    public async Task<IActionResult> OnGetAsync(string id, CancellationToken cancellationToken)
    {
        if (await editions.FindAsync(id, cancellationToken) is not { } edition)
        {
            return NotFound();
        }

        (Edition, AsOf) = (edition, clock.GetUtcNow());
        Charts = await dashboard.ChartsAsync(edition, cancellationToken);
        return Page();
    }

    /// <summary>One chart's numbers; aggregates only, so no personal data leaves and nothing is audit-logged.</summary>
    public async Task<IActionResult> OnGetCsvAsync(string id, string chart, CancellationToken cancellationToken)
    {
        if (await editions.FindAsync(id, cancellationToken) is not { } edition)
        {
            return NotFound();
        }

        var found = (await dashboard.ChartsAsync(edition, cancellationToken)).FirstOrDefault(c => c.Key == chart);
        return found is null ? NotFound() : File(ChartCsv.Write(found), "text/csv; charset=utf-8", $"{edition.Id}-{found.Key}.csv");
    }
}
