using DataForLife.Web.Data;
using DataForLife.Web.Infrastructure;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace DataForLife.Web.Features.Judging;

/// <summary>The organisers' overview of judging: every round, its judges and whether it is published.</summary>
[OrganizerArea]
public sealed class JudgingAdminModel(AppDbContext db, JudgingContext context, JudgeDirectory judges) : PageModel
{
    public IReadOnlyList<JudgingRound> Rounds { get; private set; } = [];

    public IReadOnlyList<JudgeDirectory.JudgeEntry> Judges { get; private set; } = [];

    public IReadOnlySet<string> Published { get; private set; } = new HashSet<string>();

    public async Task<IActionResult> OnGetAsync(string id, CancellationToken cancellationToken)
    {
        Rounds = await context.RoundsAsync(id, cancellationToken);
        if (Rounds.Count == 0)
        {
            return NotFound();
        }

        Judges = await judges.ListAsync(id, cancellationToken);
        Published = (await db.RoundPublications.AsNoTracking().Where(p => p.EditionId == id).Select(p => p.RoundCode).ToListAsync(cancellationToken)).ToHashSet();
        return Page();
    }
}
