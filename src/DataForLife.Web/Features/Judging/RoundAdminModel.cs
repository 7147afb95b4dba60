using System.Security.Claims;
using DataForLife.Web.Data;
using DataForLife.Web.Domain.Judging;
using DataForLife.Web.Domain.Registration;
using DataForLife.Web.Infrastructure;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace DataForLife.Web.Features.Judging;

/// <summary>
/// One round for the organisers: who judges what (assignments, sessions, pitch order), conflicts, and the ranking with
/// raw and calibrated scores side by side, the judges' and panels' means, open ties, publication and recomputation.
/// </summary>
[OrganizerArea]
public sealed class RoundAdminModel(AppDbContext db, JudgingContext context, RoundEntries entries, JudgeDirectory judges, JudgeAssignments assignments,
    ConflictFinder conflicts, RoundRankingService rankings, RoundPublisher publisher, PitchSessions sessions, PitchOrders orders,
    ScoreSheetExport export, ConflictDecisions decisions, PublicationChecklist checklist, TimeProvider clock, IStringLocalizer<SharedResource> l) : PageModel
{
    public JudgingRound Round { get; private set; } = null!;

    public IReadOnlyDictionary<int, Team> Teams { get; private set; } = new Dictionary<int, Team>();

    public IReadOnlyList<int> Entries { get; private set; } = [];

    public IReadOnlyList<JudgeDirectory.JudgeEntry> Judges { get; private set; } = [];

    public IReadOnlyList<(int TeamId, string JudgeId)> Assigned { get; private set; } = [];

    public IReadOnlyList<ConflictFinder.Conflict> Conflicts { get; private set; } = [];

    public RoundRanking Ranking { get; private set; } = null!;

    public RoundPublication? Publication { get; private set; }

    public RoundPublisher.Comparison? Recomputed { get; private set; }

    public IReadOnlyList<PitchSession> Sessions { get; private set; } = [];

    public IReadOnlyList<PitchSlot> Slots { get; private set; } = [];

    public PitchOrder? Order { get; private set; }

    public int SheetsSubmitted { get; private set; }

    /// <summary>Whether the judges' individual sheets may be downloaded now (<see cref="SheetAccess"/>).</summary>
    public bool SheetsReadable { get; private set; }

    public bool NoVotes { get; private set; }

    /// <summary>What is still missing before publication: shown above the button, and a reason to type the round's name.</summary>
    public PublicationReadiness Readiness { get; private set; } = null!;

    [BindProperty]
    public SessionInput Session { get; set; } = new();

    private string UserId => User.FindFirstValue(ClaimTypes.NameIdentifier)!;

    public async Task<IActionResult> OnGetAsync(string id, string round, bool recompute, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(id, round, cancellationToken))
        {
            return NotFound();
        }

        Recomputed = recompute ? await publisher.RecomputeAsync(Round, cancellationToken) : null;
        return Page();
    }

    public Task<IActionResult> OnPostAutoAssignAsync(string id, string round, CancellationToken cancellationToken) =>
        ActAsync(id, round, async () => (true, l["Rounds.Assigned", await assignments.AutoAssignAsync(Round, cancellationToken)].Value), cancellationToken);

    public Task<IActionResult> OnPostAssignAsync(string id, string round, int teamId, string judgeId, bool assign, CancellationToken cancellationToken) =>
        ActAsync(id, round, async () => await assignments.AssignAsync(Round, teamId, judgeId, assign, cancellationToken) switch
        {
            JudgeAssignments.AssignOutcome.Done => (true, l["Rounds.Saved"].Value),
            JudgeAssignments.AssignOutcome.Conflicted => (false, l["Rounds.Conflicted"].Value),
            _ => (false, l["Rounds.NotAssignable"].Value),
        }, cancellationToken);

    public async Task<IActionResult> OnPostSessionAsync(string id, string round, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(id, round, cancellationToken))
        {
            return NotFound();
        }

        // A number that is not a number is out of range; the form comes back as it was filled in, with the reason.
        var error = ModelState.IsValid
            ? await sessions.CreateAsync(Round, Session.Venue, Session.StartsAt, Session.SlotMinutes, Session.Slots, Session.MeetingLink, Session.JudgeIds,
                cancellationToken)
            : new Domain.FieldError("Session", ModelState["Session.StartsAt"]?.Errors.Count > 0 ? "Sessions.StartRequired" : "Sessions.Invalid");
        if (error is not null)
        {
            ModelState.Clear();
            ModelState.AddModelError("Session", l[error.MessageKey]);
            return Page();
        }

        TempData["Notice"] = l["Rounds.Saved"].Value;
        return RedirectToPage(new { id, round });
    }

    public Task<IActionResult> OnPostPlaceAsync(string id, string round, int sessionId, int position, int? teamId, CancellationToken cancellationToken) =>
        ActAsync(id, round, async () => await sessions.PlaceAsync(Round, sessionId, position, teamId, cancellationToken) switch
        {
            ScheduleChange.Done => (true, l["Rounds.Saved"].Value),
            ScheduleChange.Taken => (false, l["Rounds.SlotTaken"].Value),
            ScheduleChange.Published => (false, l["Rounds.SlotsPublished"].Value),
            ScheduleChange.Scored => (false, l["Rounds.SlotScored"].Value),
            _ => (false, l["Rounds.NotPlaced"].Value),
        }, cancellationToken);

    public Task<IActionResult> OnPostRemoveSessionAsync(string id, string round, int sessionId, CancellationToken cancellationToken) =>
        ActAsync(id, round, async () => await sessions.RemoveAsync(Round, sessionId, cancellationToken) switch
        {
            ScheduleChange.Done => (true, l["Sessions.Removed"].Value),
            ScheduleChange.Taken => (false, l["Sessions.RemoveHeld"].Value),
            ScheduleChange.Published => (false, l["Rounds.SlotsPublished"].Value),
            _ => (false, l["Rounds.NotPlaced"].Value),
        }, cancellationToken);

    public Task<IActionResult> OnPostDecideConflictAsync(string id, string round, string judgeId, int teamId, bool uphold, string? reason, CancellationToken cancellationToken) =>
        ActAsync(id, round, async () => await decisions.DecideAsync(id, judgeId, teamId, uphold, reason, UserId, cancellationToken) switch
        {
            ConflictDecisions.Outcome.Decided => (true, l[uphold ? "Conflicts.Upheld" : "Conflicts.Dismissed"].Value),
            ConflictDecisions.Outcome.ReasonRequired => (false, l["Conflicts.ReasonRequired"].Value),
            _ => (false, l["Conflicts.NotPending"].Value),
        }, cancellationToken);

    public Task<IActionResult> OnPostDrawAsync(string id, string round, CancellationToken cancellationToken) =>
        ActAsync(id, round, async () => await orders.DrawAsync(Round, UserId, cancellationToken) is { } order
            ? (true, l["Rounds.Drawn", order.Seed].Value) : (false, l["Rounds.NotDrawn"].Value), cancellationToken);

    public async Task<IActionResult> OnPostPublishAsync(string id, string round, string? confirmName, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(id, round, cancellationToken))
        {
            return NotFound();
        }

        // Checked here, not only by the page's script: a round with sheets, decisions or a vote review still open is
        // published only by an organiser who typed its name, after reading what is missing.
        var blocked = Publication is not null || Readiness.OpenTies.Count > 0 || publisher.VotingStillOpen(Round) || !await rankings.ScoringOverAsync(Round, cancellationToken);
        if (!blocked && Readiness.NeedsTypedConfirmation && !PublicationConfirmation.NameMatches(Round.Round.Name, confirmName))
        {
            ModelState.AddModelError(nameof(confirmName), l["Rounds.TypeNameToPublish", Round.Round.Name.Current]);
            return Page();
        }

        var (published, ties) = await publisher.PublishAsync(Round, UserId, Readiness, cancellationToken);
        if (!published)
        {
            ModelState.AddModelError(string.Empty, publisher.VotingStillOpen(Round) ? l["Rounds.VotingOpen"] : ties.Count > 0
                ? l["Rounds.OpenTies", string.Join("; ", ties.Select(t => string.Join(", ", t.Select(id => Teams[id].PublicCode))))]
                : Publication is null && !await rankings.ScoringOverAsync(Round, cancellationToken)
                    ? l["Rounds.ScoringNotOver", Domain.VietnamTime.Format(Round.Window.EndsAt)]
                    : l["Rounds.AlreadyPublished"]);
            return Page();
        }

        TempData["Notice"] = l["Rounds.Published"].Value;
        return RedirectToPage(new { id, round });
    }

    public async Task<IActionResult> OnGetExportAsync(string id, string round, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(id, round, cancellationToken))
        {
            return NotFound();
        }

        if (!SheetsReadable)
        {
            TempData["Alert"] = l["Rounds.ExportAfterClose"].Value;
            return RedirectToPage(new { id, round });
        }

        Response.ContentType = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
        Response.Headers.ContentDisposition = $"attachment; filename=\"scores-{id}-{round}.xlsx\"";
        await export.WriteAsync(Response.Body, Round, cancellationToken);
        return new EmptyResult();
    }

    /// <summary>Runs a one-button action and reports on the page it returns to: done as a notice, refused as an alert.</summary>
    private async Task<IActionResult> ActAsync(string id, string round, Func<Task<(bool Done, string Message)>> action, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(id, round, cancellationToken))
        {
            return NotFound();
        }

        var (done, message) = await action();
        TempData[done ? "Notice" : "Alert"] = message;
        return RedirectToPage(new { id, round });
    }

    private async Task<bool> LoadAsync(string id, string round, CancellationToken cancellationToken)
    {
        if (await context.RoundAsync(id, round, cancellationToken) is not { } found)
        {
            return false;
        }

        Round = found;
        Entries = await entries.ForAsync(found, cancellationToken);
        var roundEntries = Entries;
        Teams = await db.Teams.AsNoTracking().Where(t => t.EditionId == id).ToDictionaryAsync(t => t.Id, cancellationToken);
        Judges = await judges.ForRoundAsync(id, found.Index, cancellationToken);
        Assigned = [.. (await db.Assignments.AsNoTracking().Where(a => a.EditionId == id && a.RoundCode == round).ToListAsync(cancellationToken)).Select(a => (a.TeamId, a.JudgeUserId))];
        Conflicts = [.. (await conflicts.ForEditionAsync(id, cancellationToken)).Where(c => roundEntries.Contains(c.TeamId))];
        Ranking = await rankings.ComputeAsync(found, cancellationToken);
        NoVotes = found.Round.TakesVoteBonus && Ranking.Standings.All(s => s.Bonus == 0);
        Readiness = await checklist.ForAsync(found, Ranking, cancellationToken);
        Publication = await db.RoundPublications.AsNoTracking().FirstOrDefaultAsync(p => p.EditionId == id && p.RoundCode == round, cancellationToken);
        Sessions = await sessions.ListAsync(id, cancellationToken);
        Slots = await sessions.SlotsAsync(id, cancellationToken);
        Order = await orders.FindAsync(found, cancellationToken);
        SheetsReadable = SheetAccess.MayReadOthers(User, found, clock.GetUtcNow());
        SheetsSubmitted = await db.ScoreSheets.CountAsync(s => s.EditionId == id && s.RoundCode == round && s.Status == SheetStatus.Submitted, cancellationToken);
        return true;
    }

    public sealed class SessionInput
    {
        public PitchVenue Venue { get; set; }
        public DateTime? StartsAt { get; set; }
        public int SlotMinutes { get; set; } = 15;
        public int Slots { get; set; } = 10;
        public string? MeetingLink { get; set; }
        public List<string> JudgeIds { get; set; } = [];
    }
}
