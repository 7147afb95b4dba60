namespace DataForLife.Web.Domain.Editions;

/// <summary>Where an edition's timeline stands at one moment: which windows are open and the next deadline.</summary>
public sealed record TimelineView(IReadOnlyList<(Phase Phase, PhaseState State)> Phases, Phase? DeadlinePhase, DateTimeOffset? Deadline)
{
    public static TimelineView At(EditionDefinition edition, DateTimeOffset now)
    {
        var phases = edition.Timeline
            .OrderBy(p => p.StartsAt)
            .Select(p => (p, now < p.StartsAt ? PhaseState.Upcoming : now < p.EndsAt ? PhaseState.Open : PhaseState.Closed))
            .ToList();

        // The deadline to count down to: the soonest end of an open window, else the start of the next one.
        var open = phases.Where(p => p.Item2 == PhaseState.Open).OrderBy(p => p.p.EndsAt).Select(p => p.p).FirstOrDefault();
        if (open is not null)
        {
            return new TimelineView(phases, open, open.EndsAt);
        }

        var next = phases.Where(p => p.Item2 == PhaseState.Upcoming).Select(p => p.p).FirstOrDefault();
        return new TimelineView(phases, next, next?.StartsAt);
    }

    public bool IsOpen(string phaseCode) => Phases.Any(p => p.Phase.Code == phaseCode && p.State == PhaseState.Open);

    /// <summary>True when the deadline is the end of an open window rather than the start of the next one.</summary>
    public bool DeadlineIsClosing => DeadlinePhase is not null && Deadline == DeadlinePhase.EndsAt;
}
