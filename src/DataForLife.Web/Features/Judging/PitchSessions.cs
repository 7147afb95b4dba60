using DataForLife.Web.Data;
using DataForLife.Web.Domain;
using DataForLife.Web.Domain.Judging;
using DataForLife.Web.Features.Audit;
using Microsoft.EntityFrameworkCore;

namespace DataForLife.Web.Features.Judging;

/// <summary>
/// Round 2 pitch sessions: organisers set venue, time, slot length and judges; a team's slot is given by the organisers
/// or chosen by its leader among the free ones until the round opens.
/// </summary>
public sealed class PitchSessions(AppDbContext db, RoundEntries entries, AuditLog audit, ContestLock contest, TimeProvider clock)
{
    public async Task<IReadOnlyList<PitchSession>> ListAsync(string editionId, CancellationToken cancellationToken) =>
        await db.PitchSessions.AsNoTracking().Where(s => s.EditionId == editionId).OrderBy(s => s.StartsAtUtc).ToListAsync(cancellationToken);

    public async Task<IReadOnlyList<PitchSlot>> SlotsAsync(string editionId, CancellationToken cancellationToken) =>
        await db.PitchSlots.AsNoTracking().Where(s => s.EditionId == editionId).ToListAsync(cancellationToken);

    /// <summary>A session of the round: it starts and ends inside the round's window, when its pitches are judged.</summary>
    public async Task<FieldError?> CreateAsync(JudgingRound round, PitchVenue venue, DateTime? startsAtLocal, int slotMinutes, int slots, string? meetingLink,
        IReadOnlyList<string> judgeIds, CancellationToken cancellationToken)
    {
        var editionId = round.EditionId;
        if (startsAtLocal is not { } startsAt || !VietnamTime.IsPlausible(startsAt))
        {
            return new FieldError("StartsAt", "Sessions.StartRequired");
        }

        if (slotMinutes is < 5 or > 120 || slots is < 1 or > 40)
        {
            return new FieldError("Session", "Sessions.Invalid");
        }

        var startsAtUtc = VietnamTime.FromLocal(startsAt).UtcDateTime;
        if (startsAtUtc < round.Window.StartsAt.UtcDateTime || startsAtUtc.AddMinutes(slotMinutes * slots) > round.Window.EndsAt.UtcDateTime)
        {
            return new FieldError("StartsAt", "Sessions.OutsideRound");
        }

        if (venue == PitchVenue.Online && !(Uri.TryCreate(meetingLink, UriKind.Absolute, out var link) && link.Scheme == Uri.UriSchemeHttps))
        {
            return new FieldError("MeetingLink", "Sessions.LinkRequired");
        }

        var session = new PitchSession
        {
            EditionId = editionId, Venue = venue, StartsAtUtc = startsAtUtc, SlotMinutes = slotMinutes,
            Slots = slots, MeetingLink = venue == PitchVenue.Online ? meetingLink : null, JudgeIds = string.Join(',', judgeIds.Distinct()),
        };
        db.PitchSessions.Add(session);
        audit.Record("sessions.created", nameof(PitchSession), venue.ToString(), after: new { session.StartsAtUtc, slotMinutes, slots, judges = judgeIds.Count }, editionId: editionId);
        await audit.SaveChangesAsync(cancellationToken);
        return null;
    }

    /// <summary>
    /// Takes away a session made by mistake: only one that holds no team (teams are moved or freed first, so no team
    /// loses its slot unseen) and before the round is published. <see cref="ScheduleChange.Done"/> when removed.
    /// </summary>
    public async Task<ScheduleChange> RemoveAsync(JudgingRound round, int sessionId, CancellationToken cancellationToken)
    {
        var outcome = ScheduleChange.Invalid;
        await audit.InTransactionAsync<object?>(async ct =>
        {
            var session = await db.PitchSessions.FirstOrDefaultAsync(s => s.Id == sessionId && s.EditionId == round.EditionId, ct);
            outcome = session is null ? ScheduleChange.Invalid
                : await PublishedAsync(round, ct) ? ScheduleChange.Published
                : await db.PitchSlots.AnyAsync(s => s.SessionId == sessionId, ct) ? ScheduleChange.Taken
                : ScheduleChange.Done;
            if (outcome != ScheduleChange.Done)
            {
                return null;
            }

            db.PitchSessions.Remove(session!);
            audit.Record("sessions.removed", nameof(PitchSession), sessionId.ToString(System.Globalization.CultureInfo.InvariantCulture),
                before: new { session!.Venue, session.StartsAtUtc, session.Slots, session.SlotMinutes }, editionId: round.EditionId);
            return new object();
        }, cancellationToken);
        return outcome;
    }

    /// <summary>
    /// Puts a team in a slot (or, with no team, frees it). A team holds one slot; a slot one team: a slot another team
    /// holds is freed first. A team whose pitch has been scored stays where it is (elsewhere, its session's judges' sheets
    /// would no longer count), and nothing moves once the round is published. Decided under the contest's lock, so
    /// two leaders taking one slot at once get one slot each or a refusal, never both the same one.
    /// </summary>
    public async Task<ScheduleChange> PlaceAsync(JudgingRound round, int sessionId, int position, int? teamId, CancellationToken cancellationToken)
    {
        var session = await db.PitchSessions.AsNoTracking().FirstOrDefaultAsync(s => s.Id == sessionId && s.EditionId == round.EditionId, cancellationToken);
        if (session is null || position < 0 || position >= session.Slots || (teamId is { } id && !(await entries.ForAsync(round, cancellationToken)).Contains(id)))
        {
            return ScheduleChange.Invalid;
        }

        var outcome = ScheduleChange.Done;
        await contest.DecideAsync<object?>("pitch.slot", async ct =>
        {
            var holder = await db.PitchSlots.Where(s => s.SessionId == sessionId && s.Position == position).Select(s => (int?)s.TeamId).FirstOrDefaultAsync(ct);
            var moving = new[] { teamId, holder }.OfType<int>().Distinct().ToList();
            outcome = await PublishedAsync(round, ct) ? ScheduleChange.Published
                : holder is not null && teamId is not null && holder != teamId ? ScheduleChange.Taken
                : await db.ScoreSheets.AnyAsync(s => s.EditionId == round.EditionId && s.RoundCode == round.Code && moving.Contains(s.TeamId) && s.Status == SheetStatus.Submitted, ct)
                    ? ScheduleChange.Scored
                    : ScheduleChange.Done;
            if (outcome != ScheduleChange.Done)
            {
                return null;
            }

            await db.PitchSlots.Where(s => s.SessionId == sessionId && s.Position == position).ExecuteDeleteAsync(ct);
            if (teamId is { } team)
            {
                await db.PitchSlots.Where(s => s.EditionId == round.EditionId && s.TeamId == team).ExecuteDeleteAsync(ct);
                db.PitchSlots.Add(new PitchSlot { SessionId = sessionId, EditionId = round.EditionId, Position = position, TeamId = team });
            }

            audit.Record("sessions.slot", nameof(PitchSession), $"{sessionId}/{position}", before: new { teamId = holder }, after: new { teamId }, editionId: round.EditionId);
            return new object();
        }, cancellationToken);
        return outcome;
    }

    private Task<bool> PublishedAsync(JudgingRound round, CancellationToken cancellationToken) =>
        db.RoundPublications.AnyAsync(p => p.EditionId == round.EditionId && p.RoundCode == round.Code, cancellationToken);

    /// <summary>Teams choose (or change) their slot until this long before the session starts; after that only organisers move them.</summary>
    public static readonly TimeSpan ChoiceClosesBefore = TimeSpan.FromHours(24);

    public bool IsChoiceOpen(PitchSession session) => clock.GetUtcNow().UtcDateTime < session.StartsAtUtc - ChoiceClosesBefore;

    /// <summary>
    /// A team's leader picks a free slot of a session whose choices are still open; a team already placed in a session
    /// whose choices have closed stays where it is.
    /// </summary>
    public async Task<ScheduleChange> ChooseAsync(JudgingRound round, int teamId, int sessionId, int position, CancellationToken cancellationToken)
    {
        var session = await db.PitchSessions.AsNoTracking().FirstOrDefaultAsync(s => s.Id == sessionId && s.EditionId == round.EditionId, cancellationToken);
        var current = await db.PitchSlots.AsNoTracking().Where(s => s.EditionId == round.EditionId && s.TeamId == teamId)
            .Join(db.PitchSessions, s => s.SessionId, p => p.Id, (_, p) => p).FirstOrDefaultAsync(cancellationToken);
        if (session is null)
        {
            return ScheduleChange.Invalid;
        }

        if (!IsChoiceOpen(session) || (current is not null && !IsChoiceOpen(current)))
        {
            return ScheduleChange.ChoiceClosed;
        }

        // Whether the slot is free is decided with the placing, under its lock.
        return await PlaceAsync(round, sessionId, position, teamId, cancellationToken);
    }
}

/// <summary>What came of a change to the pitch schedule: a team placed or a slot freed, a session removed.</summary>
public enum ScheduleChange
{
    Done,

    /// <summary>No such session or slot, or a team that is not an entry of the round.</summary>
    Invalid,

    /// <summary>Another team holds the slot (or, for a session, one of its slots): it must be freed first.</summary>
    Taken,

    /// <summary>The round is published: its sessions are history.</summary>
    Published,

    /// <summary>The team has been scored in this round: moving it would drop its sheets.</summary>
    Scored,

    /// <summary>A leader's choice comes too late: the session (or the team's current one) is too close.</summary>
    ChoiceClosed,
}
