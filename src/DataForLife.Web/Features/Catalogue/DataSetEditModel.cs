using DataForLife.Web.Domain.Catalogue;
using DataForLife.Web.Domain.Editions;
using DataForLife.Web.Features.Editions;
using DataForLife.Web.Infrastructure;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;

namespace DataForLife.Web.Features.Catalogue;

/// <summary>
/// Adds or edits one catalogue entry and its hosted files. Files go up from the page as the raw request body to the
/// catalogue API (streamed, with progress), and are removed here.
/// </summary>
[OrganizerArea]
public sealed class DataSetEditModel(EditionStore editions, CatalogueQueries queries, CatalogueCommands commands, HostedFileUploads uploads,
    IStringLocalizer<SharedResource> l) : PageModel
{
    [BindProperty]
    public DataSetInput Input { get; set; } = new();

    public Edition Edition { get; private set; } = null!;

    public DataSet? DataSet { get; private set; }

    public IReadOnlyList<DataTopic> Topics { get; private set; } = [];

    public long MaxFileMegabytes => uploads.MaxBytes / 1024 / 1024;

    public async Task<IActionResult> OnGetAsync(string id, string? slug, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(id, slug, cancellationToken))
        {
            return NotFound();
        }

        Input = DataSet?.ToInput() ?? new DataSetInput { Position = 1000 };
        return Page();
    }

    public async Task<IActionResult> OnPostSaveAsync(string id, string? slug, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(id, slug, cancellationToken))
        {
            return NotFound();
        }

        ModelState.Clear();
        switch (await commands.SaveAsync(Edition, slug, Input, cancellationToken))
        {
            case EntryChange.Saved saved:
                TempData["Notice"] = l["Catalogue.Saved", saved.DataSet.Name.Current].Value;
                return Redirect($"/organizer/editions/{id}/catalogue/entry/{saved.DataSet.Slug}");
            case EntryChange.Invalid invalid:
                ModelState.AddErrors(invalid.Errors, l);
                return Page();
            case EntryChange.Conflict:
                ModelState.AddModelError(string.Empty, l["Catalogue.Conflict"]);
                return Page();
            default:
                return NotFound();
        }
    }

    public async Task<IActionResult> OnPostRemoveFileAsync(string id, string slug, Guid fileId, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(id, slug, cancellationToken) || DataSet is null)
        {
            return NotFound();
        }

        TempData["Notice"] = await uploads.RemoveAsync(DataSet, fileId, cancellationToken) ? l["Catalogue.FileRemoved"].Value : l["Catalogue.FileGone"].Value;
        return Redirect($"/organizer/editions/{id}/catalogue/entry/{slug}");
    }

    private async Task<bool> LoadAsync(string id, string? slug, CancellationToken cancellationToken)
    {
        if (await editions.FindAsync(id, cancellationToken) is not { } edition)
        {
            return false;
        }

        Edition = edition;
        Topics = await queries.TopicsAsync(id, cancellationToken);
        DataSet = slug is null ? null : await queries.FindAsync(id, slug, cancellationToken);
        return slug is null || DataSet is not null;
    }
}
