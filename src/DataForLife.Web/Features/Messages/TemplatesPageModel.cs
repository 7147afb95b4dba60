using DataForLife.Web.Data;
using DataForLife.Web.Infrastructure;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace DataForLife.Web.Features.Messages;

/// <summary>The catalogue of e-mails organisers may edit, each marked built-in or edited.</summary>
[OrganizerArea]
public sealed class TemplatesPageModel(AppDbContext db) : PageModel
{
    public IReadOnlySet<string> Customised { get; private set; } = new HashSet<string>();

    public async Task OnGetAsync(CancellationToken cancellationToken) =>
        Customised = (await db.MessageTemplates.AsNoTracking().Select(t => t.Key).ToListAsync(cancellationToken)).ToHashSet(StringComparer.Ordinal);
}
