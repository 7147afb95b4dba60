using DataForLife.Web.Data;
using DataForLife.Web.Domain;
using DataForLife.Web.Domain.Editions;
using DataForLife.Web.Domain.Registration;
using DataForLife.Web.Features.Audit;
using Microsoft.EntityFrameworkCore;

namespace DataForLife.Web.Features.Registration;

/// <summary>A person registers a team and its leader manages it, while the edition's registration window is open.</summary>
public sealed class TeamCommands(AppDbContext db, AuditLog audit, ContestLock contest, RegistrationWindow window, EligibilityService eligibility)
{
    public const int NameMaxLength = 120;
    public const int AbstractMaxLength = 1500;

    public async Task<RegistrationResult> CreateAsync(string userId, TeamInput input, CancellationToken cancellationToken = default)
    {
        var (edition, refusal) = await window.OpenEditionAsync(cancellationToken);
        if (refusal is not null)
        {
            return refusal;
        }

        var personRefusal = await CheckPersonCanJoinAsync(userId, edition!.Id, cancellationToken);
        if (personRefusal is not null)
        {
            return personRefusal;
        }

        if (Validate(input, edition.Definition) is { } invalid)
        {
            return invalid;
        }

        var personKey = await PersonKeyAsync(userId, cancellationToken);
        var key = VietnameseText.Fold(input.Name);
        if (await db.Teams.AnyAsync(t => t.EditionId == edition.Id && t.NameKey == key, cancellationToken))
        {
            return RegistrationResult.Refused(nameof(TeamInput.Name), "Team.NameTaken", VietnameseText.Clean(input.Name));
        }

        // The next number of the edition's public codes is taken under the contest's lock, so two teams registering
        // at the same moment get two numbers.
        Team team;
        try
        {
            team = await contest.DecideAsync("team.register", async ct =>
            {
                var sequence = await NextSequenceAsync(edition.Id, ct);
                var registered = Team.Register(edition.Id, sequence, edition.Definition.PublicCodePrefix, input.Name!, input.IdeaName!,
                    input.Categories, input.Abstract!, userId, personKey, window.NowUtc);
                db.Teams.Add(registered);
                await db.SaveChangesAsync(ct);
                audit.Record("team.registered", nameof(Team), registered.PublicCode, after: new { registered.Name, registered.IdeaName, registered.Categories }, editionId: edition.Id);
                return registered;
            }, cancellationToken);
        }
        catch (DbUpdateException)
        {
            db.ChangeTracker.Clear();
            audit.Discard();
            // Someone took the name, or the person joined a team, between the checks and the commit; or another
            // edition with the same prefix holds the code.
            if (await CheckPersonCanJoinAsync(userId, edition.Id, cancellationToken) is { } joined)
            {
                return joined;
            }

            if (await db.Teams.AnyAsync(t => t.EditionId == edition.Id && t.NameKey == key, cancellationToken))
            {
                return RegistrationResult.Refused(nameof(TeamInput.Name), "Team.NameTaken", VietnameseText.Clean(input.Name));
            }

            var sequence = await NextSequenceAsync(edition.Id, cancellationToken);
            var code = $"{edition.Definition.PublicCodePrefix}-{sequence:000}";
            if (await db.Teams.AnyAsync(t => t.PublicCode == code && t.EditionId != edition.Id, cancellationToken))
            {
                return RegistrationResult.Refused(string.Empty, "Team.CodeUnavailable", code);
            }

            throw;
        }

        await eligibility.RecomputeAsync(edition.Id, [team.Id], cancellationToken);
        return RegistrationResult.Done(team.Id);
    }

    public async Task<RegistrationResult> UpdateAsync(string userId, TeamInput input, CancellationToken cancellationToken = default)
    {
        var (edition, refusal) = await window.OpenEditionAsync(cancellationToken);
        if (refusal is not null)
        {
            return refusal;
        }

        var team = await LedTeamAsync(userId, edition!.Id, cancellationToken);
        if (team is null)
        {
            return RegistrationResult.Refused(string.Empty, "Team.NotLeader");
        }

        if (Validate(input, edition.Definition) is { } invalid)
        {
            return invalid;
        }

        var key = VietnameseText.Fold(input.Name);
        if (await db.Teams.AnyAsync(t => t.EditionId == edition.Id && t.NameKey == key && t.Id != team.Id, cancellationToken))
        {
            return RegistrationResult.Refused(nameof(TeamInput.Name), "Team.NameTaken", VietnameseText.Clean(input.Name));
        }

        var before = new { team.Name, team.IdeaName, team.Categories, team.Abstract };
        team.Describe(input.Name!, input.IdeaName!, input.Categories, input.Abstract!, window.NowUtc);
        audit.Record("team.updated", nameof(Team), team.PublicCode, before, new { team.Name, team.IdeaName, team.Categories, team.Abstract }, edition.Id);
        await audit.SaveChangesAsync(cancellationToken);
        return RegistrationResult.Done(team.Id);
    }

    /// <summary>A member leaves; a leader alone withdraws the team; a leader with members hands over first.</summary>
    public async Task<RegistrationResult> LeaveAsync(string userId, CancellationToken cancellationToken = default)
    {
        var (edition, refusal) = await window.OpenEditionAsync(cancellationToken);
        if (refusal is not null)
        {
            return refusal;
        }

        var team = await db.Teams.Include(t => t.Members).FirstOrDefaultAsync(t => t.EditionId == edition!.Id && t.Members.Any(m => m.UserId == userId), cancellationToken);
        var member = team?.Members.First(m => m.UserId == userId);
        if (team is null || member is null)
        {
            return RegistrationResult.Refused(string.Empty, "Team.NotMember");
        }

        if (member.IsLeader && team.Members.Count > 1)
        {
            return RegistrationResult.Refused(string.Empty, "Team.TransferFirst");
        }

        if (member.IsLeader)
        {
            // A team that has saved a dossier, uploaded a file or sent predictions keeps its record: what it sent (and what
            // was judged) stays auditable. A dossier row with nothing in it (an extension given before any work) goes with it.
            var dossier = await db.Dossiers.FirstOrDefaultAsync(d => d.TeamId == team.Id, cancellationToken);
            if (dossier is not null && (await db.DossierVersions.AnyAsync(v => v.DossierId == dossier.Id, cancellationToken)
                    || await db.DossierFiles.AnyAsync(f => f.DossierId == dossier.Id, cancellationToken))
                || await db.Set<Domain.Catalogue.PredictionSubmission>().AnyAsync(p => p.TeamId == team.Id, cancellationToken))
            {
                return RegistrationResult.Refused(string.Empty, "Team.HasWork");
            }

            if (dossier is not null)
            {
                db.Dossiers.Remove(dossier);
            }

            db.Teams.Remove(team);
            audit.Record("team.withdrawn", nameof(Team), team.PublicCode, before: new { team.Name }, editionId: team.EditionId);
            await audit.SaveChangesAsync(cancellationToken);
            return RegistrationResult.Done();
        }

        team.RemoveMember(member, window.NowUtc);
        audit.Record("team.member-left", nameof(Team), team.PublicCode, before: new { userId }, editionId: team.EditionId);
        await audit.SaveChangesAsync(cancellationToken);
        await eligibility.RecomputeAsync(team.EditionId, [team.Id], cancellationToken);
        return RegistrationResult.Done(team.Id);
    }

    public async Task<RegistrationResult> RemoveMemberAsync(string leaderId, string memberUserId, CancellationToken cancellationToken = default) =>
        await ChangeMemberAsync(leaderId, memberUserId, "team.member-removed", (team, member) => team.RemoveMember(member, window.NowUtc), cancellationToken);

    public async Task<RegistrationResult> TransferLeadershipAsync(string leaderId, string memberUserId, CancellationToken cancellationToken = default) =>
        await ChangeMemberAsync(leaderId, memberUserId, "team.leader-changed", (team, member) => team.TransferLeadership(member, window.NowUtc), cancellationToken);

    /// <summary>Refuses a person who already has a team in the edition, has no profile, or may not enter.</summary>
    /// <summary>The person behind an account (<see cref="TeamMember.PersonKey"/>): their profile's document number.</summary>
    public async Task<string?> PersonKeyAsync(string userId, CancellationToken cancellationToken)
    {
        var number = await db.Profiles.Where(p => p.UserId == userId).Select(p => p.DocumentNumber).FirstOrDefaultAsync(cancellationToken);
        return string.IsNullOrEmpty(number) ? null : number;
    }

    public async Task<RegistrationResult?> CheckPersonCanJoinAsync(string userId, string editionId, CancellationToken cancellationToken)
    {
        var existing = await db.TeamMembers.Where(m => m.UserId == userId && m.EditionId == editionId)
            .Join(db.Teams, m => m.TeamId, t => t.Id, (m, t) => t.Name).FirstOrDefaultAsync(cancellationToken);
        if (existing is not null)
        {
            return RegistrationResult.Refused(string.Empty, "Team.AlreadyInTeam", existing);
        }

        if (!await db.Profiles.AnyAsync(p => p.UserId == userId, cancellationToken))
        {
            return RegistrationResult.Refused(string.Empty, "Team.ProfileRequired");
        }

        // One person, one team: the person is the identity document, whatever the account (docs/registration.md).
        var personKey = await PersonKeyAsync(userId, cancellationToken);
        if (personKey is not null && await db.TeamMembers.AnyAsync(m => m.EditionId == editionId && m.PersonKey == personKey && m.UserId != userId, cancellationToken))
        {
            return RegistrationResult.Refused(string.Empty, "Team.PersonInOtherTeam");
        }

        var result = await eligibility.EvaluateAsync(userId, editionId, cancellationToken);
        return result.Status == EligibilityStatus.NotEligible
            ? RegistrationResult.Refused(string.Empty, "Team.NotEligible", window.Explain(result))
            : null;
    }

    private async Task<RegistrationResult> ChangeMemberAsync(string leaderId, string memberUserId, string action, Action<Team, TeamMember> change, CancellationToken cancellationToken)
    {
        var (edition, refusal) = await window.OpenEditionAsync(cancellationToken);
        if (refusal is not null)
        {
            return refusal;
        }

        var team = await LedTeamAsync(leaderId, edition!.Id, cancellationToken);
        var member = team?.Members.FirstOrDefault(m => m.UserId == memberUserId && !m.IsLeader);
        if (team is null || member is null)
        {
            return RegistrationResult.Refused(string.Empty, "Team.NotLeader");
        }

        change(team, member);
        audit.Record(action, nameof(Team), team.PublicCode, after: new { memberUserId }, editionId: team.EditionId);
        await audit.SaveChangesAsync(cancellationToken);
        await eligibility.RecomputeAsync(team.EditionId, [team.Id], cancellationToken);
        return RegistrationResult.Done(team.Id);
    }

    private Task<Team?> LedTeamAsync(string userId, string editionId, CancellationToken cancellationToken) =>
        db.Teams.Include(t => t.Members).FirstOrDefaultAsync(t => t.EditionId == editionId && t.Members.Any(m => m.UserId == userId && m.IsLeader), cancellationToken);

    private static RegistrationResult? Validate(TeamInput input, EditionDefinition edition)
    {
        if (!VietnameseText.HasContent(input.Name))
        {
            return RegistrationResult.Refused(nameof(TeamInput.Name), "Team.NameRequired");
        }

        if (!VietnameseText.Fits(input.Name, NameMaxLength))
        {
            return RegistrationResult.Refused(nameof(TeamInput.Name), "Team.NameTooLong", NameMaxLength);
        }

        if (!VietnameseText.HasContent(input.IdeaName) || VietnameseText.Clean(input.IdeaName).Length > 200)
        {
            return RegistrationResult.Refused(nameof(TeamInput.IdeaName), "Team.IdeaRequired");
        }

        // A JSON body may send "categories": null; it is refused like an empty list.
        if (input.Categories is not { Count: > 0 } || input.Categories.Any(c => edition.Categories.All(k => k.Code != c)))
        {
            return RegistrationResult.Refused(nameof(TeamInput.Categories), "Team.CategoryRequired");
        }

        if (!VietnameseText.HasContent(input.Abstract) || input.Abstract!.Trim().Length > AbstractMaxLength)
        {
            return RegistrationResult.Refused(nameof(TeamInput.Abstract), "Team.AbstractRequired", AbstractMaxLength);
        }

        return null;
    }

    /// <summary>The number the edition's next team would get in its public code.</summary>
    private async Task<int> NextSequenceAsync(string editionId, CancellationToken cancellationToken) =>
        (await db.Teams.Where(t => t.EditionId == editionId).MaxAsync(t => (int?)t.Sequence, cancellationToken) ?? 0) + 1;
}
