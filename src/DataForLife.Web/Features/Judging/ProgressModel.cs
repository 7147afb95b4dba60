using System.Security.Claims;
using DataForLife.Web.Domain.Roster;
using DataForLife.Web.Features.Audit;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;

namespace DataForLife.Web.Features.Judging;

/// <summary>Group leads see their group's progress, the head of the jury everyone's; either can nudge a late judge by e-mail.</summary>
[Authorize(Roles = Domain.Accounts.Roles.Judge)]
public sealed class ProgressModel(JudgingContext context, JudgeDirectory judges, RoundRankingService rankings, Messages.MailTemplates templates,
    AuditLog audit, IStringLocalizer<SharedResource> l) : PageModel
{
    public sealed record Row(JudgeDirectory.JudgeEntry Judge, string Round, int Assigned, int Submitted);

    public IReadOnlyList<Row> Rows { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken) =>
        await LoadAsync(cancellationToken) ? Page() : Forbid();

    public async Task<IActionResult> OnPostNudgeAsync(string judgeId, string round, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(cancellationToken) || Rows.FirstOrDefault(r => r.Judge.UserId == judgeId && r.Round == round) is not { } row)
        {
            return Forbid();
        }

        await templates.QueueAsync(row.Judge.Email, Messages.MailCatalogue.JudgingNudge, new Dictionary<string, string>
        {
            ["name"] = row.Judge.Name, ["submitted"] = row.Submitted.ToString(System.Globalization.CultureInfo.CurrentCulture),
            ["assigned"] = row.Assigned.ToString(System.Globalization.CultureInfo.CurrentCulture), ["round"] = round,
        }, cancellationToken);
        audit.Record("judging.nudged", "Judge", judgeId, after: new { round, row.Submitted, row.Assigned });
        await audit.SaveChangesAsync(cancellationToken);
        TempData["Notice"] = l["Progress.Nudged", row.Judge.Name].Value;
        return RedirectToPage();
    }

    private async Task<bool> LoadAsync(CancellationToken cancellationToken)
    {
        var rounds = await context.RoundsAsync(null, cancellationToken);
        if (rounds.Count == 0 || await judges.FindAsync(rounds[0].EditionId, User.FindFirstValue(ClaimTypes.NameIdentifier)!, cancellationToken) is not { } me
            || me.Position == StaffPosition.Member)
        {
            return false;
        }

        var everyone = await judges.ListAsync(rounds[0].EditionId, cancellationToken);
        var visible = me.Position == StaffPosition.Head ? everyone : [.. everyone.Where(j => j.Body == me.Body && j.Group == me.Group)];
        var visibleIds = visible.Select(j => j.UserId).ToHashSet();
        var rows = new List<Row>();
        foreach (var round in rounds)
        {
            rows.AddRange((await rankings.ProgressAsync(round, cancellationToken)).Where(p => visibleIds.Contains(p.Judge.UserId))
                .Select(p => new Row(p.Judge, round.Code, p.Assigned, p.Submitted)));
        }

        Rows = rows;
        return true;
    }
}
