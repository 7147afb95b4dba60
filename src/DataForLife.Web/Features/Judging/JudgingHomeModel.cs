using System.Security.Claims;
using DataForLife.Web.Data;
using DataForLife.Web.Domain.Judging;
using DataForLife.Web.Domain.Registration;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace DataForLife.Web.Features.Judging;

/// <summary>A judge's entries in each round of the current edition, with their progress.</summary>
[Authorize(Roles = Domain.Accounts.Roles.Judge)]
public sealed class JudgingHomeModel(AppDbContext db, JudgingContext context, JudgeAssignments assignments, JudgeDirectory judges, PitchOrders orders,
    TimeProvider clock) : PageModel
{
    public sealed record Line(Team Team, SheetStatus? Status);

    /// <summary>A round's entries, those still to submit first (in their order), then those submitted.</summary>
    public sealed record RoundLines(JudgingRound Round, IReadOnlyList<Line> Lines)
    {
        public int Left => Lines.Count(l => l.Status != SheetStatus.Submitted);

        /// <summary>The entry to score next: the first not yet submitted, while the round is open.</summary>
        public Line? NextAt(DateTimeOffset now) => Round.IsOpenAt(now) ? Lines.FirstOrDefault(l => l.Status != SheetStatus.Submitted) : null;
    }

    public IReadOnlyList<RoundLines> Rounds { get; private set; } = [];

    public JudgeDirectory.JudgeEntry? Me { get; private set; }

    /// <summary>Every round of the edition: the head and the leads of the jury decide ties in any of them.</summary>
    public IReadOnlyList<JudgingRound> AllRounds { get; private set; } = [];

    public bool DecidesTies => Me is { Body: Domain.Roster.StaffBody.Jury, Position: Domain.Roster.StaffPosition.Head or Domain.Roster.StaffPosition.Lead };

    public DateTimeOffset Now => clock.GetUtcNow();

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        var userId = User.FindFirstValue(ClaimTypes.NameIdentifier)!;
        var rounds = new List<RoundLines>();
        AllRounds = await context.RoundsAsync(null, cancellationToken);
        foreach (var round in AllRounds)
        {
            Me ??= await judges.FindAsync(round.EditionId, userId, cancellationToken);
            var teamIds = await assignments.EntriesOfAsync(round, userId, cancellationToken);
            if (teamIds.Count == 0)
            {
                continue;
            }

            var teams = await db.Teams.AsNoTracking().Where(t => teamIds.Contains(t.Id)).OrderBy(t => t.Sequence).ToListAsync(cancellationToken);
            if (round.IsFinal && await orders.FindAsync(round, cancellationToken) is { } order)
            {
                // On stage the jury follows the drawn order: the finalists are listed in it, on the phone as on the screen.
                var codes = order.Codes.Split(',').ToList();
                teams = [.. teams.OrderBy(t => codes.IndexOf(t.PublicCode) is var i and >= 0 ? i : int.MaxValue)];
            }
            var sheets = await db.ScoreSheets.AsNoTracking().Where(s => s.EditionId == round.EditionId && s.RoundCode == round.Code && s.JudgeUserId == userId)
                .ToDictionaryAsync(s => s.TeamId, s => s.Status, cancellationToken);
            // What is left to do comes first; OrderBy is stable, so the drawn order (or the list's) holds within each part.
            var lines = teams.Select(t => new Line(t, sheets.TryGetValue(t.Id, out var status) ? status : null))
                .OrderBy(l => l.Status == SheetStatus.Submitted);
            rounds.Add(new RoundLines(round, [.. lines]));
        }

        Rounds = rounds;
    }
}
