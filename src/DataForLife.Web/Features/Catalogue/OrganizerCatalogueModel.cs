using DataForLife.Web.Domain.Catalogue;
using DataForLife.Web.Domain.Editions;
using DataForLife.Web.Features.Editions;
using DataForLife.Web.Infrastructure;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;

namespace DataForLife.Web.Features.Catalogue;

/// <summary>The organisers' view of an edition's catalogue: its entries and downloads, the leaderboard setting, copying.</summary>
[OrganizerArea]
public sealed class OrganizerCatalogueModel(EditionStore editions, EditionCommands editionCommands, CatalogueQueries queries,
    CatalogueCommands commands, IStringLocalizer<SharedResource> l) : PageModel
{
    public Edition Edition { get; private set; } = null!;

    public IReadOnlyList<DataSet> DataSets { get; private set; } = [];

    public IReadOnlyList<Edition> OtherEditions { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(string id, CancellationToken cancellationToken) =>
        await LoadAsync(id, cancellationToken) ? Page() : NotFound();

    public async Task<IActionResult> OnPostLeaderboardAsync(string id, bool publicLeaderboard, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(id, cancellationToken))
        {
            return NotFound();
        }

        var definition = Edition.Definition with { Catalogue = Edition.Definition.Catalogue with { PublicLeaderboard = publicLeaderboard } };
        var change = await editionCommands.UpdateAsync(id, definition, Edition.Revision, cancellationToken);
        TempData["Notice"] = change switch
        {
            EditionChange.Saved => l[publicLeaderboard ? "Catalogue.LeaderboardNowPublic" : "Catalogue.LeaderboardNowHidden"].Value,
            EditionChange.Invalid => l["Catalogue.EditionInvalid"].Value,
            _ => l["Catalogue.Conflict"].Value,
        };
        return RedirectToPage(new { id });
    }

    public async Task<IActionResult> OnPostCopyAsync(string id, string from, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(id, cancellationToken))
        {
            return NotFound();
        }

        var copied = await commands.CopyAsync(from, id, cancellationToken);
        TempData["Notice"] = l["Catalogue.Copied", copied].Value;
        return RedirectToPage(new { id });
    }

    private async Task<bool> LoadAsync(string id, CancellationToken cancellationToken)
    {
        if (await editions.FindAsync(id, cancellationToken) is not { } edition)
        {
            return false;
        }

        Edition = edition;
        DataSets = await queries.ListAsync(id, new CatalogueFilter(), cancellationToken);
        OtherEditions = [.. (await editions.ListAsync(cancellationToken)).Where(e => e.Id != id)];
        return true;
    }
}
