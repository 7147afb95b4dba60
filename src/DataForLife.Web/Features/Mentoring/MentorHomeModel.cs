using System.Security.Claims;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace DataForLife.Web.Features.Mentoring;

/// <summary>A mentor's teams in the current edition: theirs only.</summary>
[Authorize(Roles = Domain.Accounts.Roles.Mentor)]
public sealed class MentorHomeModel(MentoringAccess access) : PageModel
{
    public IReadOnlyList<MentoringTeam> Teams { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken cancellationToken) =>
        Teams = await access.TeamsOfMentorAsync(User.FindFirstValue(ClaimTypes.NameIdentifier)!, cancellationToken);
}
