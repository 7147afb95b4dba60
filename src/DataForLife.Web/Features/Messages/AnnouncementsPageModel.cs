using DataForLife.Web.Data;
using DataForLife.Web.Domain.Editions;
using DataForLife.Web.Domain.Messages;
using DataForLife.Web.Features.Editions;
using DataForLife.Web.Infrastructure;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace DataForLife.Web.Features.Messages;

/// <summary>The edition's announcements, newest first: sent (to how many), scheduled (cancellable) or cancelled.</summary>
[OrganizerArea]
public sealed class AnnouncementsPageModel(AppDbContext db, EditionStore editions, SegmentResolver segments, AnnouncementCommands commands,
    IStringLocalizer<SharedResource> l) : PageModel
{
    public Edition Edition { get; private set; } = null!;

    public IReadOnlyList<Announcement> Announcements { get; private set; } = [];

    public string SegmentLabel(string stored) => segments.Label(Edition, stored);

    public async Task<IActionResult> OnGetAsync(string id, CancellationToken cancellationToken)
    {
        if (await editions.FindAsync(id, cancellationToken) is not { } edition)
        {
            return NotFound();
        }

        Edition = edition;
        Announcements = await db.Announcements.AsNoTracking().Where(a => a.EditionId == id)
            .OrderByDescending(a => a.CreatedAtUtc).ThenByDescending(a => a.Id).Take(200).ToListAsync(cancellationToken);
        return Page();
    }

    public async Task<IActionResult> OnPostCancelAsync(string id, int announcementId, CancellationToken cancellationToken)
    {
        var key = await commands.CancelAsync(id, announcementId, cancellationToken) ? "Notice" : "Alert";
        TempData[key] = key == "Notice" ? l["Announcement.Cancelled"].Value : l["Announcement.NotCancelled"].Value;
        return RedirectToPage(new { id });
    }
}
