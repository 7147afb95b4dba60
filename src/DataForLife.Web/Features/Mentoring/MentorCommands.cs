using DataForLife.Web.Data;
using DataForLife.Web.Domain;
using DataForLife.Web.Domain.Editions;
using DataForLife.Web.Domain.Mentoring;
using DataForLife.Web.Domain.Roster;
using DataForLife.Web.Features.Audit;
using DataForLife.Web.Features.Email;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace DataForLife.Web.Features.Mentoring;

/// <summary>
/// The organisers' decisions on mentors: each mentor's expertise and capacity, and the mentor of each finalist team,
/// confirmed all together or not at all. A choice is refused when the mentor works where a member does, judges the
/// team, would take more teams than their capacity, or has no e-mail to be told by. Team and mentor are told by
/// e-mail; every decision is audit-logged.
/// </summary>
public sealed class MentorCommands(AppDbContext db, MentorProposals proposals, MentorAccounts accounts, AuditLog audit, EmailOutbox outbox,
    Accounts.AccountMail links, IStringLocalizer<SharedResource> l, TimeProvider clock)
{
    public const int MostTeamsPerMentor = 10;

    /// <summary>Sets a mentor's expertise (codes of the edition's categories and catalogue topics) and capacity.</summary>
    public async Task<IReadOnlyList<FieldError>> SaveExpertiseAsync(Edition edition, int staffId, IEnumerable<string> tags, int capacity, CancellationToken cancellationToken)
    {
        var mentor = await db.StaffMembers.FirstOrDefaultAsync(s => s.Id == staffId && s.EditionId == edition.Id && s.Body == StaffBody.Mentors, cancellationToken);
        if (mentor is null)
        {
            return [new FieldError(string.Empty, "Mentor.Unknown")];
        }

        var known = await KnownTagsAsync(edition, cancellationToken);
        var chosen = tags.Select(t => t.Trim()).Where(t => t.Length > 0).Distinct(StringComparer.Ordinal).ToList();
        var errors = new List<FieldError>();
        if (chosen.Any(t => !known.Contains(t)))
        {
            errors.Add(new FieldError("Tags", "Mentor.TagUnknown"));
        }

        if (capacity is < 0 or > MostTeamsPerMentor)
        {
            errors.Add(new FieldError("Capacity", "Mentor.CapacityRange", MostTeamsPerMentor));
        }

        if (errors.Count > 0)
        {
            return errors;
        }

        var before = new { tags = mentor.Expertise, capacity = mentor.MentorCapacity };
        mentor.Expertise = string.Join(',', chosen.Order(StringComparer.Ordinal));
        mentor.MentorCapacity = capacity;
        audit.Record("mentor.expertise-set", nameof(StaffMember), mentor.FullName, before, new { tags = mentor.Expertise, capacity }, edition.Id);
        await audit.SaveChangesAsync(cancellationToken);
        return [];
    }

    /// <summary>The tags a mentor may carry: the edition's category codes and its catalogue's topic codes.</summary>
    public async Task<IReadOnlySet<string>> KnownTagsAsync(Edition edition, CancellationToken cancellationToken) =>
        edition.Definition.Categories.Select(c => c.Code)
            .Concat(await db.Set<Domain.Catalogue.DataTopic>().Where(t => t.EditionId == edition.Id).Select(t => t.Code).ToListAsync(cancellationToken))
            .ToHashSet(StringComparer.Ordinal);

    /// <param name="choices">Team id to the roster id of its mentor, for the teams the organiser confirms now.</param>
    public async Task<MentorChoice> ConfirmAsync(Edition edition, IReadOnlyDictionary<int, int> choices, string organiserId, CancellationToken cancellationToken)
    {
        if (await proposals.ForAsync(edition, cancellationToken) is not { } situation)
        {
            return new MentorChoice.NoFinalists();
        }

        var errors = Check(situation, choices);
        if (errors.Count > 0)
        {
            return new MentorChoice.Refused(errors);
        }

        var now = clock.GetUtcNow().UtcDateTime;
        var stored = await db.MentorAssignments.Where(a => a.EditionId == edition.Id).ToDictionaryAsync(a => a.TeamId, cancellationToken);
        var changed = 0;
        foreach (var (teamId, staffId) in choices.OrderBy(c => c.Key))
        {
            var existing = stored.GetValueOrDefault(teamId);
            if (existing?.StaffMemberId == staffId)
            {
                continue;
            }

            var mentor = situation.Mentors.First(m => m.Id == staffId);
            var account = await accounts.EnsureAsync(mentor);
            if (account is null)
            {
                return new MentorChoice.Refused([new FieldError($"Team[{teamId}]", "Mentor.NoAccount", mentor.FullName)]);
            }

            var (_, tags) = MentorMatching.Fit(situation.Teams.First(t => t.TeamId == teamId), situation.Candidate(mentor));
            if (existing is null)
            {
                db.MentorAssignments.Add(MentorAssignment.Confirm(edition.Id, teamId, staffId, tags, organiserId, now));
            }
            else
            {
                existing.Reassign(staffId, tags, organiserId, now);
            }

            var team = await db.Teams.AsNoTracking().Include(t => t.Members).FirstAsync(t => t.Id == teamId, cancellationToken);
            audit.Record("mentor.confirmed", "Team", team.PublicCode, existing is null ? null : new { mentor = existing.StaffMemberId },
                new { mentor = staffId, mentor.FullName, tags }, edition.Id);
            await TellAsync(team, mentor, account.Value.PasswordLink, cancellationToken);
            changed++;
        }

        await audit.SaveChangesAsync(cancellationToken);
        return new MentorChoice.Confirmed(changed);
    }

    private static List<FieldError> Check(MentorProposals.Situation situation, IReadOnlyDictionary<int, int> choices)
    {
        var errors = new List<FieldError>();
        var final = situation.Confirmed.Where(c => !choices.ContainsKey(c.Key)).Concat(choices).ToList();
        foreach (var (teamId, staffId) in choices)
        {
            var team = situation.Teams.FirstOrDefault(t => t.TeamId == teamId);
            var mentor = situation.Mentors.FirstOrDefault(m => m.Id == staffId);
            var field = $"Team[{teamId}]";
            if (team is null)
            {
                errors.Add(new FieldError(field, "Mentor.NotFinalist"));
            }
            else if (mentor is null)
            {
                errors.Add(new FieldError(field, "Mentor.Unknown"));
            }
            else if (MentorMatching.Conflict(team, situation.Candidate(mentor), situation.Judges) is { } conflict)
            {
                errors.Add(new FieldError(field, "Mentor.Conflict." + conflict, mentor.FullName));
            }
            else if (final.Count(f => f.Value == staffId) > mentor.MentorCapacity)
            {
                errors.Add(new FieldError(field, "Mentor.OverCapacity", mentor.FullName, mentor.MentorCapacity));
            }
            else if (mentor.Email is null)
            {
                errors.Add(new FieldError(field, "Mentor.NoEmail", mentor.FullName));
            }
        }

        return errors;
    }

    private async Task TellAsync(Domain.Registration.Team team, StaffMember mentor, string? passwordLink, CancellationToken cancellationToken)
    {
        var memberIds = team.Members.Select(m => m.UserId).ToList();
        var emails = await db.Users.Where(u => memberIds.Contains(u.Id)).Select(u => u.Email!).ToListAsync(cancellationToken);
        foreach (var email in emails)
        {
            outbox.Enqueue(email, l["Mail.Mentor.TeamSubject", team.PublicCode],
                l["Mail.Mentor.TeamText", team.Name, mentor.FullName, mentor.Organisation, mentor.Email ?? string.Empty, links.Link("/team/mentoring")]);
        }

        outbox.Enqueue(mentor.Email!, l["Mail.Mentor.MentorSubject", team.PublicCode],
            l["Mail.Mentor.MentorText", mentor.FullName, team.PublicCode, team.Name, team.IdeaName, links.Link($"/mentor/teams/{team.Id}")]
            + (passwordLink is null ? string.Empty : "\n\n" + l["Mail.Mentor.Password", passwordLink]));
    }
}
