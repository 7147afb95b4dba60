using DataForLife.Web.Domain.Editions;
using DataForLife.Web.Features.Editions;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace DataForLife.Web.Features.Public;

/// <summary>A public page about one edition: the current one, or the one named by <c>?edition=</c>.</summary>
public abstract class EditionPageModel(EditionStore store) : PageModel
{
    public Edition Edition { get; private set; } = null!;

    public EditionDefinition Definition => Edition.Definition;

    protected async Task<IActionResult> LoadAsync(string? editionId, CancellationToken cancellationToken)
    {
        var id = editionId ?? await store.CurrentIdAsync(cancellationToken);
        var edition = id is null ? null : await store.FindAsync(id, cancellationToken);
        if (edition is null)
        {
            return NotFound();
        }

        Edition = edition;
        return Page();
    }
}
