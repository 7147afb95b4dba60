using DataForLife.Web.Features.Editions;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;

namespace DataForLife.Web.Features.Voting.Gallery;

/// <summary>One entry's own page, to share (Open Graph tags), with its vote button.</summary>
[AllowAnonymous]
public sealed class VoteEntryModel(EditionStore editions, VotingCatalog catalog, GalleryEntries gallery, VoteCounts counts, VoterSession voters,
    IVoteWriter writer, ReaderLimits limits, TimeProvider clock, IStringLocalizer<SharedResource> l)
    : GalleryPageModel(editions, catalog, gallery, counts, voters, writer, limits, clock, l)
{
    [BindProperty(SupportsGet = true, Name = "edition")]
    public string? EditionId { get; set; }

    public GalleryEntry Entry { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(string code, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(EditionId, cancellationToken) || Entries.FirstOrDefault(e => string.Equals(e.Code, code, StringComparison.OrdinalIgnoreCase)) is not { } entry)
        {
            return NotFound();
        }

        Entry = entry;
        return Page();
    }

    public Task<IActionResult> OnPostVoteAsync(string code, string? returnUrl, CancellationToken cancellationToken) =>
        VoteAsync(EditionId, code, returnUrl, cancellationToken);
}
