using DataForLife.Web.Features.Editions;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace DataForLife.Web.Features.Public;

[AllowAnonymous]
public sealed class RulesModel(EditionStore store, Mentoring.MentorDirectory mentors) : EditionPageModel(store)
{
    /// <summary>The mentors, once organisers confirmed them.</summary>
    public IReadOnlyList<Mentoring.MentorDirectory.PublicMentor> Mentors { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(string? edition, CancellationToken cancellationToken)
    {
        var result = await LoadAsync(edition, cancellationToken);
        if (result is PageResult)
        {
            Mentors = await mentors.ConfirmedAsync(Edition, cancellationToken);
        }

        return result;
    }
}
