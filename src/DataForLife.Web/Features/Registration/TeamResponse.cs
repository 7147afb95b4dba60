using DataForLife.Web.Domain.Registration;

namespace DataForLife.Web.Features.Registration;

public sealed record TeamResponse(int Id, string Code, string EditionId, string Name, string IdeaName, IReadOnlyList<string> Categories,
    string Abstract, string Status, string? OverrideReason, IReadOnlyList<TeamResponse.MemberResponse> Members, IReadOnlyList<string> PendingInvitations)
{
    public sealed record MemberResponse(string Name, bool IsLeader, string Status, IReadOnlyList<string> Reasons, string? Document);

    /// <param name="showDocuments">Organisers see identity numbers whole; everyone else sees them masked.</param>
    public static TeamResponse From(TeamView view, bool showDocuments) => new(
        view.Team.Id, view.Team.PublicCode, view.Team.EditionId, view.Team.Name, view.Team.IdeaName, view.Team.CategoryCodes, view.Team.Abstract,
        view.Team.Status.ToString(), view.Team.OverrideReason,
        [.. view.Members.Select(m => new MemberResponse(m.Name, m.Member.IsLeader, m.Member.Status.ToString(), [.. m.Member.ReasonList.Select(r => r.ToString())],
            m.Profile is null ? null : showDocuments ? m.Profile.DocumentNumber : PersonalData.Mask(m.Profile.DocumentNumber)))],
        [.. view.PendingInvitations.Select(i => i.Email)]);
}
