using System.Globalization;
using DataForLife.Web.Domain.Editions;
using DataForLife.Web.Features.Editions;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;

namespace DataForLife.Web.Features.Voting.Gallery;

/// <summary>
/// The public gallery of the entries published for the vote. By default each visitor sees them in an order of their own
/// (kept in a cookie), so that no entry gains from always being first; the edition may choose alphabetical order.
/// </summary>
[AllowAnonymous]
public sealed class VoteGalleryModel(EditionStore editions, VotingCatalog catalog, GalleryEntries gallery, VoteCounts counts, VoterSession voters,
    IVoteWriter writer, ReaderLimits limits, TimeProvider clock, IStringLocalizer<SharedResource> l)
    : GalleryPageModel(editions, catalog, gallery, counts, voters, writer, limits, clock, l)
{
    public const string OrderCookie = "dfl-gallery-order";

    [BindProperty(SupportsGet = true, Name = "edition")]
    public string? EditionId { get; set; }

    public IReadOnlyList<GalleryEntry> Ordered { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        if (!await LoadAsync(EditionId, cancellationToken))
        {
            return NotFound();
        }

        Ordered = State.Settings.GalleryOrder == GalleryOrder.Alphabetical
            ? [.. Entries.OrderBy(e => e.Team.Name, StringComparer.Create(CultureInfo.GetCultureInfo("vi-VN"), CompareOptions.IgnoreCase))]
            : Shuffle(Entries.OrderBy(e => e.Code, StringComparer.Ordinal).ToList(), VisitorSeed());
        return Page();
    }

    public Task<IActionResult> OnPostVoteAsync(string code, string? returnUrl, CancellationToken cancellationToken) =>
        VoteAsync(EditionId, code, returnUrl ?? "/vote", cancellationToken);

    private int VisitorSeed()
    {
        if (Request.Cookies.TryGetValue(OrderCookie, out var value) && int.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out var seed))
        {
            return seed;
        }

        seed = System.Security.Cryptography.RandomNumberGenerator.GetInt32(int.MaxValue);
        Response.Cookies.Append(OrderCookie, seed.ToString(CultureInfo.InvariantCulture),
            new Microsoft.AspNetCore.Http.CookieOptions { HttpOnly = true, SameSite = Microsoft.AspNetCore.Http.SameSiteMode.Lax, MaxAge = TimeSpan.FromDays(60), IsEssential = true });
        return seed;
    }

    private static List<GalleryEntry> Shuffle(List<GalleryEntry> entries, int seed)
    {
        // Not a draw that decides anything: only the display order of one visitor's page.
#pragma warning disable CA5394
        var random = new Random(seed);
        for (var i = entries.Count - 1; i > 0; i--)
        {
            var j = random.Next(i + 1);
            (entries[i], entries[j]) = (entries[j], entries[i]);
        }
#pragma warning restore CA5394
        return entries;
    }
}
