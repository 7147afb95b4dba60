using DataForLife.Web.Domain.Editions;
using DataForLife.Web.Features.Editions;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace DataForLife.Web.Features.Public;

/// <summary>The landing page of the current edition, and of any past edition at /editions/{id}.</summary>
[AllowAnonymous]
public sealed class LandingModel(EditionStore store, Mentoring.MentorDirectory mentors, Final.FinalClock finalClock, Ceremony.PublicResults results, TimeProvider clock) : PageModel
{
    public Edition Edition { get; private set; } = null!;

    public TimelineView Timeline { get; private set; } = null!;

    public bool IsCurrent { get; private set; }

    public DateTimeOffset Now { get; private set; }

    /// <summary>The prizes, once the ceremony has announced them: the page leads with them.</summary>
    public IReadOnlyList<Ceremony.Winner> Winners { get; private set; } = [];

    /// <summary>The public vote is open: the page's first button leads to it.</summary>
    public bool OffersVote => Timeline.IsOpen(Edition.Definition.Voting.PhaseCode);

    /// <summary>Registration has not ended: the page offers to enter.</summary>
    /// <summary>The mentors, once organisers confirmed them.</summary>
    public IReadOnlyList<Mentoring.MentorDirectory.PublicMentor> Mentors { get; private set; } = [];

    /// <summary>The final's own clock while its window is open or its 24 hours run; null otherwise.</summary>
    public Domain.Final.FinalClockView? FinalClock { get; private set; }

    public bool OffersEntry => Timeline.Phases.Any(p => p.Phase.Code == Registration.RegistrationWindow.PhaseCode && p.State != PhaseState.Closed);

    public async Task<IActionResult> OnGetAsync(string? id, CancellationToken cancellationToken)
    {
        var currentId = await store.CurrentIdAsync(cancellationToken);
        var edition = await store.FindAsync(id ?? currentId ?? string.Empty, cancellationToken);
        if (edition is null)
        {
            return NotFound();
        }

        Edition = edition;
        IsCurrent = edition.Id == currentId;
        Now = clock.GetUtcNow();
        Timeline = TimelineView.At(edition.Definition, Now);
        Mentors = await mentors.ConfirmedAsync(edition, cancellationToken);
        var clockView = await finalClock.ViewAsync(edition.Id, cancellationToken);
        FinalClock = clockView.State == Domain.Final.FinalClockState.Running || Timeline.IsOpen(Final.FinalClock.PhaseCode) ? clockView : null;
        Winners = await results.WinnersAsync(edition, cancellationToken);
        // The winners appear at the ceremony's time: no browser or cache keeps the page from before it.
        Response.Headers.CacheControl = "no-cache";
        return Page();
    }
}
