using DataForLife.Web.Data;
using DataForLife.Web.Domain.Registration;
using DataForLife.Web.Features.Accounts;
using DataForLife.Web.Features.Audit;
using Microsoft.EntityFrameworkCore;

namespace DataForLife.Web.Features.Registration;

/// <summary>The leader invites people by e-mail; the link, for that address only, expires after a week.</summary>
public sealed class InvitationCommands(AppDbContext db, AuditLog audit, RegistrationWindow window, TeamCommands teams,
    EligibilityService eligibility, Messages.MailTemplates templates, AccountMail links, ContestLock contest)
{
    public async Task<RegistrationResult> InviteAsync(string leaderId, string? email, CancellationToken cancellationToken = default)
    {
        var (edition, refusal) = await window.OpenEditionAsync(cancellationToken);
        if (refusal is not null)
        {
            return refusal;
        }

        var team = await db.Teams.Include(t => t.Members)
            .FirstOrDefaultAsync(t => t.EditionId == edition!.Id && t.Members.Any(m => m.UserId == leaderId && m.IsLeader), cancellationToken);
        if (team is null)
        {
            return RegistrationResult.Refused(string.Empty, "Team.NotLeader");
        }

        if (Domain.EmailAddresses.Normalise(email) is not { } address)
        {
            return RegistrationResult.Refused("Email", "Invitation.EmailInvalid");
        }

        var memberEmails = await db.Users.Where(u => team.Members.Select(m => m.UserId).Contains(u.Id)).Select(u => u.NormalizedEmail).ToListAsync(cancellationToken);
        if (memberEmails.Contains(address.ToUpperInvariant()))
        {
            return RegistrationResult.Refused("Email", "Invitation.AlreadyMember");
        }

        var pending = await db.Invitations.Where(i => i.TeamId == team.Id && i.State == InvitationState.Pending && i.ExpiresAtUtc > window.NowUtc)
            .Select(i => i.Email).ToListAsync(cancellationToken);
        if (pending.Contains(address))
        {
            return RegistrationResult.Refused("Email", "Invitation.AlreadyInvited");
        }

        if (!edition!.Definition.Teams.HasRoomForOneMore(team.Members.Count, pending.Count))
        {
            return RegistrationResult.Refused("Email", "Team.Full", edition.Definition.Teams.MaxSize);
        }

        var (invitation, token) = Invitation.Create(team, address, leaderId, window.NowUtc);
        db.Invitations.Add(invitation);
        var link = links.Link($"/invitations/{token}");
        await templates.QueueAsync(address, Messages.MailCatalogue.TeamInvitation, new Dictionary<string, string>
        {
            ["team"] = team.Name, ["idea"] = team.IdeaName, ["link"] = link, ["expires"] = Domain.VietnamTime.Format(invitation.ExpiresAtUtc),
        }, cancellationToken);
        audit.Record("team.invited", nameof(Team), team.PublicCode, after: new { email = address }, editionId: team.EditionId);
        await audit.SaveChangesAsync(cancellationToken);
        return RegistrationResult.Done(team.Id);
    }

    public async Task<RegistrationResult> AcceptAsync(string userId, string token, CancellationToken cancellationToken = default)
    {
        var (invitation, refusal) = await FindUsableAsync(userId, token, cancellationToken);
        if (refusal is not null)
        {
            return refusal;
        }

        var editionId = invitation!.Team.EditionId;

        // Decided under the contest's lock, on the team as it is then: invitees of one team accepting at the same
        // moment each join while there is room, and the others are told the team is full.
        RegistrationResult? outcome = null;
        await contest.DecideAsync("team.join", async ct =>
        {
            db.ChangeTracker.Clear();
            outcome = await JoinAsync(userId, token, ct);
            return outcome.Succeeded ? outcome : null;
        }, cancellationToken);

        if (outcome!.Succeeded)
        {
            await eligibility.RecomputeAsync(editionId, [outcome.TeamId!.Value], cancellationToken);
        }

        return outcome;
    }

    private async Task<RegistrationResult> JoinAsync(string userId, string token, CancellationToken cancellationToken)
    {
        var (invitation, refusal) = await FindUsableAsync(userId, token, cancellationToken);
        if (refusal is not null)
        {
            return refusal;
        }

        var team = await db.Teams.Include(t => t.Members).FirstAsync(t => t.Id == invitation!.TeamId, cancellationToken);
        if (await teams.CheckPersonCanJoinAsync(userId, team.EditionId, cancellationToken) is { } cannot)
        {
            return cannot;
        }

        var edition = await window.CurrentEditionAsync(cancellationToken);
        if (edition is not null && !edition.Definition.Teams.HasRoomForOneMore(team.Members.Count))
        {
            return RegistrationResult.Refused(string.Empty, "Team.Full", edition.Definition.Teams.MaxSize);
        }

        team.AddMember(userId, await teams.PersonKeyAsync(userId, cancellationToken), window.NowUtc);
        invitation!.Respond(InvitationState.Accepted, window.NowUtc);
        audit.Record("team.joined", nameof(Team), team.PublicCode, after: new { userId, invitation.Email }, editionId: team.EditionId);
        await db.SaveChangesAsync(cancellationToken);
        return RegistrationResult.Done(team.Id);
    }

    public async Task<RegistrationResult> DeclineAsync(string userId, string token, CancellationToken cancellationToken = default)
    {
        var (invitation, refusal) = await FindUsableAsync(userId, token, cancellationToken);
        if (refusal is not null)
        {
            return refusal;
        }

        invitation!.Respond(InvitationState.Declined, window.NowUtc);
        audit.Record("team.invitation-declined", nameof(Team), invitation.Team.PublicCode, after: new { invitation.Email }, editionId: invitation.Team.EditionId);
        // The leader hears of it (the invitation only leaves their list otherwise), in the same commit.
        var leader = await db.TeamMembers.Where(m => m.TeamId == invitation.TeamId && m.IsLeader)
            .Join(db.Users, m => m.UserId, u => u.Id, (_, u) => u.Email).FirstOrDefaultAsync(cancellationToken);
        if (leader is not null)
        {
            await templates.QueueAsync(leader, Messages.MailCatalogue.InvitationDeclined,
                new Dictionary<string, string> { ["invitee"] = invitation.Email, ["team"] = invitation.Team.Name }, cancellationToken);
        }

        await audit.SaveChangesAsync(cancellationToken);
        return RegistrationResult.Done(invitation.TeamId);
    }

    public async Task<RegistrationResult> RevokeAsync(string leaderId, Guid invitationId, CancellationToken cancellationToken = default)
    {
        // Like every change to a team, only while registration is open.
        if ((await window.OpenEditionAsync(cancellationToken)).Refusal is { } closed)
        {
            return closed;
        }

        var invitation = await db.Invitations.Include(i => i.Team).ThenInclude(t => t.Members)
            .FirstOrDefaultAsync(i => i.Id == invitationId && i.State == InvitationState.Pending, cancellationToken);
        if (invitation is null || !invitation.Team.Members.Any(m => m.UserId == leaderId && m.IsLeader))
        {
            return RegistrationResult.Refused(string.Empty, "Team.NotLeader");
        }

        invitation.Respond(InvitationState.Revoked, window.NowUtc);
        audit.Record("team.invitation-revoked", nameof(Team), invitation.Team.PublicCode, after: new { invitation.Email }, editionId: invitation.Team.EditionId);
        await audit.SaveChangesAsync(cancellationToken);
        return RegistrationResult.Done(invitation.TeamId);
    }

    /// <summary>The invitation behind a link, when it can still be answered by this person.</summary>
    public async Task<(Invitation? Invitation, RegistrationResult? Refusal)> FindUsableAsync(string userId, string token, CancellationToken cancellationToken)
    {
        var hash = Invitation.HashOf(token);
        var invitation = await db.Invitations.Include(i => i.Team).FirstOrDefaultAsync(i => i.TokenHash == hash, cancellationToken);
        if (invitation is null)
        {
            return (null, RegistrationResult.Refused(string.Empty, "Invitation.Unknown"));
        }

        if (invitation.State != InvitationState.Pending)
        {
            return (null, RegistrationResult.Refused(string.Empty, "Invitation.Used"));
        }

        if (invitation.IsExpired(window.NowUtc))
        {
            return (null, RegistrationResult.Refused(string.Empty, "Invitation.Expired"));
        }

        var (_, closed) = await window.OpenEditionAsync(cancellationToken);
        if (closed is not null)
        {
            return (null, closed);
        }

        var email = await db.Users.Where(u => u.Id == userId).Select(u => u.Email).FirstOrDefaultAsync(cancellationToken);
        return string.Equals(email, invitation.Email, StringComparison.OrdinalIgnoreCase)
            ? (invitation, null)
            : (null, RegistrationResult.Refused(string.Empty, "Invitation.OtherEmail", invitation.Email));
    }
}
