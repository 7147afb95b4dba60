using DataForLife.Web.Domain.Catalogue;
using DataForLife.Web.Domain.Editions;
using DataForLife.Web.Features.Editions;
using DataForLife.Web.Infrastructure;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;

namespace DataForLife.Web.Features.Catalogue;

/// <summary>The organisers' view of an edition's catalogue: its entries and downloads, its topics, the leaderboard setting, copying.</summary>
[OrganizerArea]
public sealed class OrganizerCatalogueModel(EditionStore editions, EditionCommands editionCommands, CatalogueQueries queries,
    CatalogueCommands commands, TopicCommands topicCommands, IStringLocalizer<SharedResource> l) : PageModel
{
    public IReadOnlyList<DataTopic> Topics { get; private set; } = [];

    /// <summary>A topic's row sent back with its problems: which topic, and what was typed in its row.</summary>
    public string? EditedCode { get; private set; }

    public TopicInput? EditedTopic { get; private set; }

    /// <summary>The topic form sent back with its problems (null when the page is fresh).</summary>
    public TopicInput? NewTopic { get; private set; }

    public async Task<IActionResult> OnPostTopicAsync(string id, string? code, TopicInput topic, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(id, cancellationToken))
        {
            return NotFound();
        }

        var errors = await topicCommands.SaveAsync(id, string.IsNullOrEmpty(code) ? null : code, topic, cancellationToken);
        if (!string.IsNullOrEmpty(code) && errors.Count > 0)
        {
            (EditedCode, EditedTopic) = (code, topic);
        }

        return TopicOutcome(id, errors, string.IsNullOrEmpty(code) ? topic : null, "Catalogue.TopicSaved");
    }

    public async Task<IActionResult> OnPostRemoveTopicAsync(string id, string code, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(id, cancellationToken))
        {
            return NotFound();
        }

        return TopicOutcome(id, await topicCommands.RemoveAsync(id, code, cancellationToken), null, "Catalogue.TopicRemoved");
    }

    private IActionResult TopicOutcome(string id, IReadOnlyList<Domain.FieldError> errors, TopicInput? sent, string done)
    {
        if (errors.Count == 0)
        {
            TempData["Notice"] = l[done].Value;
            return RedirectToPage(new { id });
        }

        foreach (var error in errors)
        {
            ModelState.AddModelError(string.Empty, l[error.MessageKey, error.Arguments]);
        }

        NewTopic = sent;
        return Page();
    }

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
        Topics = await queries.TopicsAsync(id, cancellationToken);
        OtherEditions = [.. (await editions.ListAsync(cancellationToken)).Where(e => e.Id != id)];
        return true;
    }
}
