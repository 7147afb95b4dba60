using DataForLife.Web.Data;
using DataForLife.Web.Domain.Audit;
using DataForLife.Web.Infrastructure;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace DataForLife.Web.Features.Audit;

/// <summary>Organisers browse and filter the audit log and check that its hash chain is intact.</summary>
[OrganizerArea]
public sealed class AuditLogPageModel(AppDbContext db) : PageModel
{
    public const int PageSize = 50;

    [BindProperty(SupportsGet = true)]
    public string? Action { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? Entity { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? Actor { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? Edition { get; set; }

    [BindProperty(SupportsGet = true, Name = "p")]
    public int PageNumber { get; set; } = 1;

    public IReadOnlyList<AuditEntry> Entries { get; private set; } = [];

    public int Total { get; private set; }

    public long? FirstBreak { get; private set; }

    public bool Verified { get; private set; }

    public async Task OnGetAsync(bool verify, CancellationToken cancellationToken)
    {
        var query = db.AuditEntries.AsNoTracking();
        if (!string.IsNullOrWhiteSpace(Action))
        {
            query = query.Where(a => a.Action.StartsWith(Action.Trim()));
        }

        if (!string.IsNullOrWhiteSpace(Entity))
        {
            query = query.Where(a => a.EntityType == Entity.Trim() || a.EntityId == Entity.Trim());
        }

        if (!string.IsNullOrWhiteSpace(Actor))
        {
            query = query.Where(a => a.ActorName.Contains(Actor.Trim()));
        }

        if (!string.IsNullOrWhiteSpace(Edition))
        {
            query = query.Where(a => a.EditionId == Edition.Trim());
        }

        Total = await query.CountAsync(cancellationToken);
        PageNumber = Math.Clamp(PageNumber, 1, Math.Max(1, (Total + PageSize - 1) / PageSize));
        Entries = await query.OrderByDescending(a => a.Sequence).Skip((PageNumber - 1) * PageSize).Take(PageSize).ToListAsync(cancellationToken);
        if (verify)
        {
            Verified = true;
            FirstBreak = await AuditChain.FirstBreakAsync(db.AuditEntries.AsNoTracking().OrderBy(a => a.Sequence).AsAsyncEnumerable(), cancellationToken);
        }
    }
}
