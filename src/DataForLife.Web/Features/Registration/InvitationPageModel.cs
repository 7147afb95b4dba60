using System.Security.Claims;
using DataForLife.Web.Data;
using DataForLife.Web.Domain.Registration;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace DataForLife.Web.Features.Registration;

/// <summary>The page an invitation link opens: who invites, and accept or decline, once signed in as the invited address.</summary>
[AllowAnonymous]
public sealed class InvitationPageModel(AppDbContext db, InvitationCommands invitations, IStringLocalizer<SharedResource> l) : PageModel
{
    public Team? Team { get; private set; }

    public string? LeaderName { get; private set; }

    public string? Problem { get; private set; }

    public bool SignedIn => User.Identity?.IsAuthenticated == true;

    public async Task<IActionResult> OnGetAsync(string token, CancellationToken cancellationToken)
    {
        if (!SignedIn)
        {
            return Page();
        }

        var (invitation, refusal) = await invitations.FindUsableAsync(User.FindFirstValue(ClaimTypes.NameIdentifier)!, token, cancellationToken);
        if (refusal is not null)
        {
            Problem = l[refusal.Error!.MessageKey, refusal.Error.Arguments];
            return Page();
        }

        Team = invitation!.Team;
        var leaderId = await db.TeamMembers.Where(m => m.TeamId == Team.Id && m.IsLeader).Select(m => m.UserId).FirstAsync(cancellationToken);
        LeaderName = await db.Users.Where(u => u.Id == leaderId).Select(u => u.DisplayName).FirstAsync(cancellationToken);
        return Page();
    }

    public async Task<IActionResult> OnPostAcceptAsync(string token, CancellationToken cancellationToken)
    {
        if (!SignedIn)
        {
            return Challenge();
        }

        var result = await invitations.AcceptAsync(User.FindFirstValue(ClaimTypes.NameIdentifier)!, token, cancellationToken);
        if (result.Succeeded)
        {
            TempData["Notice"] = l["Invitation.Accepted"].Value;
            return RedirectToPage("/Registration/MyTeam");
        }

        Problem = l[result.Error!.MessageKey, result.Error.Arguments];
        return Page();
    }

    public async Task<IActionResult> OnPostDeclineAsync(string token, CancellationToken cancellationToken)
    {
        if (!SignedIn)
        {
            return Challenge();
        }

        var result = await invitations.DeclineAsync(User.FindFirstValue(ClaimTypes.NameIdentifier)!, token, cancellationToken);
        if (result.Succeeded)
        {
            TempData["Notice"] = l["Invitation.Declined"].Value;
            return Redirect("/team");
        }

        Problem = l[result.Error!.MessageKey, result.Error.Arguments];
        return Page();
    }
}
