using DataForLife.Web.Domain.Accounts;
using DataForLife.Web.Domain.Catalogue;
using DataForLife.Web.Domain.Editions;
using DataForLife.Web.Features.Editions;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace DataForLife.Web.Features.Catalogue;

/// <summary>The public data catalogue of the current edition (or <c>?edition=</c>), filtered by category, topic and provider.</summary>
[AllowAnonymous]
public sealed class CatalogueListModel(EditionStore editions, CatalogueQueries queries) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public CatalogueFilter Filter { get; set; } = new();

    [BindProperty(SupportsGet = true, Name = "edition")]
    public string? EditionId { get; set; }

    public Edition Edition { get; private set; } = null!;

    public IReadOnlyList<DataSet> DataSets { get; private set; } = [];

    public IReadOnlyList<DataTopic> Topics { get; private set; } = [];

    /// <summary>Teams using each data set (by id).</summary>
    public IReadOnlyDictionary<int, int> Usage { get; private set; } = new Dictionary<int, int>();

    public bool CanManage => User.IsInRole(Roles.Organizer) || User.IsInRole(Roles.Observer);

    /// <summary>Carries the chosen edition into links, when it is not the current one.</summary>
    public string EditionQuery => EditionId is null ? string.Empty : "?edition=" + Uri.EscapeDataString(EditionId);

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        var id = EditionId ?? await editions.CurrentIdAsync(cancellationToken);
        if (id is null || await editions.FindAsync(id, cancellationToken) is not { } edition)
        {
            return NotFound();
        }

        Edition = edition;
        Topics = await queries.TopicsAsync(edition.Id, cancellationToken);
        DataSets = await queries.ListAsync(edition.Id, Filter, cancellationToken);
        Usage = await queries.UsageAsync(edition.Id, cancellationToken);
        return Page();
    }
}
