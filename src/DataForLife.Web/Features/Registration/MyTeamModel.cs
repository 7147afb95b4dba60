using System.Security.Claims;
using DataForLife.Web.Data;
using DataForLife.Web.Domain.Editions;
using DataForLife.Web.Infrastructure;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace DataForLife.Web.Features.Registration;

/// <summary>A person's team in the current edition: register one, or manage the one they are in.</summary>
public sealed class MyTeamModel(AppDbContext db, RegistrationWindow window, TeamCommands teams, InvitationCommands invitations,
    IStringLocalizer<SharedResource> l) : PageModel
{
    [BindProperty]
    public TeamInput Input { get; set; } = new();

    [BindProperty]
    public string? InviteEmail { get; set; }

    public Edition? Edition { get; private set; }

    public TeamView? View { get; private set; }

    public bool IsOpen { get; private set; }

    public bool HasProfile { get; private set; }

    public string UserId => User.FindFirstValue(ClaimTypes.NameIdentifier)!;

    public bool IsLeader => View?.Team.Members.Any(m => m.UserId == UserId && m.IsLeader) == true;

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        await LoadAsync(cancellationToken);
        FillInputFromTeam();
        return Page();
    }

    public Task<IActionResult> OnPostCreateAsync(CancellationToken cancellationToken) => RunAsync(() => teams.CreateAsync(UserId, Input, cancellationToken), "Team.Registered", cancellationToken, postsTeam: true);

    public Task<IActionResult> OnPostUpdateAsync(CancellationToken cancellationToken) => RunAsync(() => teams.UpdateAsync(UserId, Input, cancellationToken), "Team.Updated", cancellationToken, postsTeam: true);

    public Task<IActionResult> OnPostInviteAsync(CancellationToken cancellationToken) => RunAsync(() => invitations.InviteAsync(UserId, InviteEmail, cancellationToken), "Team.InvitationSent", cancellationToken, "InviteEmail");

    public Task<IActionResult> OnPostRevokeAsync(Guid invitationId, CancellationToken cancellationToken) => RunAsync(() => invitations.RevokeAsync(UserId, invitationId, cancellationToken), "Team.InvitationRevoked", cancellationToken);

    public Task<IActionResult> OnPostRemoveAsync(string memberId, CancellationToken cancellationToken) => RunAsync(() => teams.RemoveMemberAsync(UserId, memberId, cancellationToken), "Team.MemberRemoved", cancellationToken);

    public Task<IActionResult> OnPostTransferAsync(string memberId, CancellationToken cancellationToken) => RunAsync(() => teams.TransferLeadershipAsync(UserId, memberId, cancellationToken), "Team.LeaderChanged", cancellationToken);

    public Task<IActionResult> OnPostLeaveAsync(CancellationToken cancellationToken) => RunAsync(() => teams.LeaveAsync(UserId, cancellationToken), "Team.Left", cancellationToken);

    /// <param name="postsTeam">The form sent the team's own fields (register, update); the others leave them to be filled from the team.</param>
    private async Task<IActionResult> RunAsync(Func<Task<RegistrationResult>> command, string noticeKey, CancellationToken cancellationToken, string prefix = "Input",
        bool postsTeam = false)
    {
        ModelState.Clear();
        var result = await command();
        if (result.Succeeded)
        {
            TempData["Notice"] = l[noticeKey].Value;
            return RedirectToPage();
        }

        var error = result.Error!;
        var field = error.Field.Length == 0 ? string.Empty : prefix == "Input" ? $"Input.{error.Field}" : prefix;
        ModelState.AddModelError(field, l[error.MessageKey, error.Arguments]);
        await LoadAsync(cancellationToken);
        if (!postsTeam)
        {
            FillInputFromTeam();
        }

        return Page();
    }

    private void FillInputFromTeam()
    {
        if (View is not null)
        {
            Input = new TeamInput { Name = View.Team.Name, IdeaName = View.Team.IdeaName, Categories = [.. View.Team.CategoryCodes], Abstract = View.Team.Abstract };
        }
    }

    private async Task LoadAsync(CancellationToken cancellationToken)
    {
        Edition = await window.CurrentEditionAsync(cancellationToken);
        IsOpen = Edition is not null && window.IsOpen(Edition);
        HasProfile = await db.Profiles.AnyAsync(p => p.UserId == UserId, cancellationToken);
        var teamId = Edition is null ? null : await db.TeamMembers
            .Where(m => m.UserId == UserId && m.EditionId == Edition.Id).Select(m => (int?)m.TeamId).FirstOrDefaultAsync(cancellationToken);
        View = teamId is null ? null : await TeamView.LoadAsync(db, teamId.Value, window.NowUtc, cancellationToken);
    }
}
