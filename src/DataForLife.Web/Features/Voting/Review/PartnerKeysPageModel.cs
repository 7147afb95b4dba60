using DataForLife.Web.Domain.Editions;
using DataForLife.Web.Domain.Voting;
using DataForLife.Web.Features.Editions;
using DataForLife.Web.Infrastructure;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;

namespace DataForLife.Web.Features.Voting.Review;

/// <summary>
/// Partner keys: listed (observers too), created and revoked by organisers. A new key is shown once, in the answer
/// to the form that created it, never in a redirect, TempData or a URL, and that answer is not cached.
/// </summary>
[OrganizerArea]
public sealed class PartnerKeysPageModel(PartnerKeys keys, EditionStore editions, IStringLocalizer<SharedResource> l) : PageModel
{
    public IReadOnlyList<PartnerKey> Keys { get; private set; } = [];

    public IReadOnlyList<Edition> Editions { get; private set; } = [];

    /// <summary>The key just created, whole; set only in the answer to the create form.</summary>
    public PartnerKeys.Created? Created { get; private set; }

    [BindProperty]
    public KeyInput Input { get; set; } = new();

    public async Task OnGetAsync(CancellationToken cancellationToken) => await LoadAsync(cancellationToken);

    public async Task<IActionResult> OnPostCreateAsync(CancellationToken cancellationToken)
    {
        // The only field that can fail to bind is the number of requests per second.
        var (created, error) = ModelState.IsValid
            ? await keys.CreateAsync(Input.Name, Input.EditionId, Input.RateLimit, User.Identity?.Name ?? string.Empty, cancellationToken)
            : (null, "PartnerKeys.RateInvalid");
        if (created is null)
        {
            ModelState.Clear();
            ModelState.AddModelError(string.Empty, l[error!, PartnerKeys.MaxRateLimit]);
            await LoadAsync(cancellationToken);
            return Page();
        }

        Response.Headers.CacheControl = "no-store";
        Created = created;
        Input = new KeyInput();
        ModelState.Clear();
        await LoadAsync(cancellationToken);
        return Page();
    }

    public async Task<IActionResult> OnPostRevokeAsync(int keyId, CancellationToken cancellationToken)
    {
        if (await keys.RevokeAsync(keyId, cancellationToken))
        {
            TempData["Notice"] = l["PartnerKeys.Revoked", keyId].Value;
        }
        else
        {
            TempData["Alert"] = l["PartnerKeys.NotRevoked", keyId].Value;
        }

        return RedirectToPage();
    }

    public string EditionName(string? editionId) => editionId is null ? l["PartnerKeys.AllEditions"]
        : Editions.FirstOrDefault(e => e.Id == editionId) is { } edition ? $"{edition.Id} · {edition.Definition.Name.Current}" : editionId;

    private async Task LoadAsync(CancellationToken cancellationToken)
    {
        Keys = await keys.ListAsync(cancellationToken);
        Editions = await editions.ListAsync(cancellationToken);
    }

    public sealed class KeyInput
    {
        public string? Name { get; set; }
        public string? EditionId { get; set; }
        public int RateLimit { get; set; }
    }
}
