using DataForLife.Web.Data;
using DataForLife.Web.Domain.Accounts;
using DataForLife.Web.Domain.Editions;
using DataForLife.Web.Domain.Messages;
using DataForLife.Web.Domain.Roster;
using DataForLife.Web.Features.Judging;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace DataForLife.Web.Features.Messages;

/// <summary>
/// Who is in a segment, worked out when the announcement is sent (the TOP 10 of a round not yet published is nobody).
/// Each person is counted once, whatever number of ways they belong to it; accounts without a confirmed address
/// are left out, as nobody could be sure they read it.
/// </summary>
public sealed class SegmentResolver(AppDbContext db, RoundEntries entries, JudgeDirectory judges, Final.Finalists finalists, IStringLocalizer<SharedResource> l)
{
    public IReadOnlyList<SegmentChoice> Choices(Edition edition)
    {
        ArgumentNullException.ThrowIfNull(edition);
        var choices = new List<SegmentChoice> { new(new Segment(SegmentKind.AllContestants), l["Segment.AllContestants"]) };
        choices.AddRange(edition.Definition.Categories.Select(c => new SegmentChoice(new Segment(SegmentKind.Category, c.Code), l["Segment.Category", c.Name.Current])));
        choices.AddRange(edition.Definition.Rounds.Select(r => new SegmentChoice(new Segment(SegmentKind.Selected, r.Code), l["Segment.Selected", r.Quota, r.Name.Current])));
        choices.Add(new SegmentChoice(new Segment(SegmentKind.Finalists), l["Segment.Finalists"]));
        choices.AddRange(edition.Definition.Rounds.Select(r => new SegmentChoice(new Segment(SegmentKind.RoundJudges, r.Code), l["Segment.RoundJudges", r.Name.Current])));
        choices.Add(new SegmentChoice(new Segment(SegmentKind.Mentors), l["Segment.Mentors"]));
        choices.Add(new SegmentChoice(new Segment(SegmentKind.SteeringCommittee), l["Segment.SteeringCommittee"]));
        return choices;
    }

    public string Label(Edition edition, string stored) =>
        Choices(edition).FirstOrDefault(c => c.Segment.ToString() == stored)?.Label ?? stored;

    /// <summary>Whether the segment exists in this edition (its category or round is one of the edition's).</summary>
    public bool IsValid(Edition edition, Segment segment) => Choices(edition).Any(c => c.Segment == segment);

    public async Task<IReadOnlyList<Recipient>> RecipientsAsync(Edition edition, Segment segment, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(edition);
        ArgumentNullException.ThrowIfNull(segment);
        var userIds = segment.Kind switch
        {
            SegmentKind.AllContestants => await MembersAsync(db.Teams.Where(t => t.EditionId == edition.Id).Select(t => t.Id), cancellationToken),
            SegmentKind.Category => await CategoryAsync(edition, segment.Argument!, cancellationToken),
            SegmentKind.Selected => await SelectedAsync(edition, segment.Argument!, cancellationToken),
            SegmentKind.Finalists => await TeamsAsync(await finalists.TeamIdsAsync(edition, cancellationToken) ?? [], cancellationToken),
            SegmentKind.RoundJudges => await JudgesAsync(edition, segment.Argument!, cancellationToken),
            SegmentKind.Mentors => await StaffOrRoleAsync(edition, StaffBody.Mentors, Roles.Mentor, cancellationToken),
            SegmentKind.SteeringCommittee => await StaffOrRoleAsync(edition, StaffBody.Steering, Roles.Observer, cancellationToken),
            _ => [],
        };
        var ids = userIds.Distinct(StringComparer.Ordinal).ToList();
        var people = await db.Users.AsNoTracking().Where(u => ids.Contains(u.Id) && u.EmailConfirmed && u.Email != null)
            .Select(u => new Recipient(u.Id, u.Email!, u.DisplayName)).ToListAsync(cancellationToken);
        return [.. people.OrderBy(p => p.Email, StringComparer.Ordinal)];
    }

    private async Task<List<string>> CategoryAsync(Edition edition, string code, CancellationToken cancellationToken)
    {
        // Categories are stored comma-separated: the match is made on the whole code, never on a part of another.
        var teams = await db.Teams.AsNoTracking().Where(t => t.EditionId == edition.Id).Select(t => new { t.Id, t.Categories }).ToListAsync(cancellationToken);
        return await TeamsAsync([.. teams.Where(t => t.Categories.Split(',').Contains(code)).Select(t => t.Id)], cancellationToken);
    }

    private async Task<List<string>> SelectedAsync(Edition edition, string roundCode, CancellationToken cancellationToken) =>
        edition.Definition.FindRound(roundCode) is { } round
            ? await TeamsAsync(await entries.AdvancingFromAsync(edition.Id, round.Code, round.Quota, cancellationToken) ?? [], cancellationToken)
            : [];

    private async Task<List<string>> JudgesAsync(Edition edition, string roundCode, CancellationToken cancellationToken)
    {
        var index = edition.Definition.Rounds.ToList().FindIndex(r => r.Code == roundCode);
        if (index < 0)
        {
            return [];
        }

        // Whoever the round's body is, plus anyone given entries of the round by hand.
        var body = (await judges.ForRoundAsync(edition.Id, index, cancellationToken)).Select(j => j.UserId);
        var assigned = await db.Assignments.AsNoTracking().Where(a => a.EditionId == edition.Id && a.RoundCode == roundCode).Select(a => a.JudgeUserId).Distinct().ToListAsync(cancellationToken);
        return [.. body.Concat(assigned)];
    }

    private async Task<List<string>> StaffOrRoleAsync(Edition edition, StaffBody body, string role, CancellationToken cancellationToken)
    {
        var staff = await db.StaffMembers.AsNoTracking().Where(s => s.EditionId == edition.Id && s.Body == body && s.UserId != null).Select(s => s.UserId!).ToListAsync(cancellationToken);
        var holders = await db.UserRoles.AsNoTracking().Join(db.Roles.Where(r => r.Name == role), ur => ur.RoleId, r => r.Id, (ur, _) => ur.UserId).ToListAsync(cancellationToken);
        return [.. staff.Concat(holders)];
    }

    private Task<List<string>> TeamsAsync(IReadOnlyCollection<int> teamIds, CancellationToken cancellationToken) =>
        MembersAsync(db.Teams.Where(t => teamIds.Contains(t.Id)).Select(t => t.Id), cancellationToken);

    private Task<List<string>> MembersAsync(IQueryable<int> teamIds, CancellationToken cancellationToken) =>
        db.TeamMembers.AsNoTracking().Where(m => teamIds.Contains(m.TeamId)).Select(m => m.UserId).ToListAsync(cancellationToken);
}
