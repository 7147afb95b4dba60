using DataForLife.Web.Features.Editions;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace DataForLife.Web.Features.Public;

[AllowAnonymous]
public sealed class RulesModel(EditionStore store) : EditionPageModel(store)
{
    public Task<IActionResult> OnGetAsync(string? edition, CancellationToken cancellationToken) => LoadAsync(edition, cancellationToken);
}
