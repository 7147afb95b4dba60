using System.Security.Claims;
using DataForLife.Web.Data;
using DataForLife.Web.Domain.Judging;
using DataForLife.Web.Infrastructure;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace DataForLife.Web.Features.Judging;

/// <summary>A team in the pitch round sees the sessions and its slot; its leader chooses a free slot while choices are open.</summary>
public sealed class MyPitchModel(AppDbContext db, JudgingContext context, RoundEntries entries, PitchSessions sessions,
    IStringLocalizer<SharedResource> l) : PageModel
{
    public JudgingRound? Round { get; private set; }

    public int? TeamId { get; private set; }

    public bool IsLeader { get; private set; }

    public bool InRound { get; private set; }

    public IReadOnlyList<PitchSession> Sessions { get; private set; } = [];

    public IReadOnlyList<PitchSlot> Slots { get; private set; } = [];

    public PitchSlot? Mine => Slots.FirstOrDefault(s => s.TeamId == TeamId);

    public bool IsChoiceOpen(PitchSession session) => sessions.IsChoiceOpen(session);

    public bool CanChoose => IsLeader && InRound && (Mine is null || IsChoiceOpen(Sessions.First(s => s.Id == Mine.SessionId)));

    private string UserId => User.FindFirstValue(ClaimTypes.NameIdentifier)!;

    public async Task OnGetAsync(CancellationToken cancellationToken) => await LoadAsync(cancellationToken);

    public async Task<IActionResult> OnPostChooseAsync(int sessionId, int position, CancellationToken cancellationToken)
    {
        await LoadAsync(cancellationToken);
        if (Round is null || TeamId is null || !IsLeader || !InRound)
        {
            return NotFound();
        }

        var outcome = await sessions.ChooseAsync(Round, TeamId.Value, sessionId, position, cancellationToken);
        if (outcome != ScheduleChange.Done)
        {
            ModelState.AddModelError(string.Empty, l[outcome switch
            {
                ScheduleChange.Scored => "Rounds.SlotScored",
                ScheduleChange.Published => "Rounds.SlotsPublished",
                ScheduleChange.ChoiceClosed => "Pitch.ChoiceClosed",
                _ => "Pitch.Taken",
            }, (int)PitchSessions.ChoiceClosesBefore.TotalHours]);
            await LoadAsync(cancellationToken);
            return Page();
        }

        TempData["Notice"] = l["Pitch.Chosen"].Value;
        return RedirectToPage();
    }

    private async Task LoadAsync(CancellationToken cancellationToken)
    {
        Round = (await context.RoundsAsync(null, cancellationToken)).FirstOrDefault(r => !r.IsFirst && !r.IsFinal);
        if (Round is null)
        {
            return;
        }

        var member = await db.TeamMembers.AsNoTracking().FirstOrDefaultAsync(m => m.UserId == UserId && m.EditionId == Round.EditionId, cancellationToken);
        TeamId = member?.TeamId;
        IsLeader = member?.IsLeader == true;
        InRound = TeamId is { } id && (await entries.ForAsync(Round, cancellationToken)).Contains(id);
        if (InRound)
        {
            Sessions = await sessions.ListAsync(Round.EditionId, cancellationToken);
            Slots = await sessions.SlotsAsync(Round.EditionId, cancellationToken);
        }
    }
}
