using DataForLife.Web.Data;
using DataForLife.Web.Domain;
using DataForLife.Web.Domain.Editions;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Caching.Memory;

namespace DataForLife.Web.Features.Editions;

/// <summary>
/// Reads editions for every page. They change rarely and are read on every request, so they are cached briefly;
/// a change made here is seen at once, a change made by another instance within <see cref="CacheFor"/>.
/// </summary>
public sealed class EditionStore(AppDbContext db, IMemoryCache cache)
{
    public static readonly TimeSpan CacheFor = TimeSpan.FromSeconds(15);
    private const string CurrentKey = "edition:current";

    public async Task<Edition?> FindAsync(string id, CancellationToken cancellationToken = default) =>
        await cache.GetOrCreateAsync("edition:" + id, async entry =>
        {
            entry.AbsoluteExpirationRelativeToNow = CacheFor;
            return await db.Editions.AsNoTracking().FirstOrDefaultAsync(e => e.Id == id, cancellationToken);
        });

    public async Task<string?> CurrentIdAsync(CancellationToken cancellationToken = default) =>
        await cache.GetOrCreateAsync(CurrentKey, async entry =>
        {
            entry.AbsoluteExpirationRelativeToNow = CacheFor;
            return await db.SiteSettings.AsNoTracking()
                .Where(s => s.Key == SiteSetting.CurrentEditionKey)
                .Select(s => s.Value)
                .FirstOrDefaultAsync(cancellationToken);
        });

    public async Task<Edition?> CurrentAsync(CancellationToken cancellationToken = default) =>
        await CurrentIdAsync(cancellationToken) is { } id ? await FindAsync(id, cancellationToken) : null;

    public async Task<IReadOnlyList<Edition>> ListAsync(CancellationToken cancellationToken = default) =>
        await db.Editions.AsNoTracking().OrderByDescending(e => e.Id).ToListAsync(cancellationToken);

    /// <summary>Forget cached copies after a change.</summary>
    public void Invalidate(string? editionId = null)
    {
        cache.Remove(CurrentKey);
        if (editionId is not null)
        {
            cache.Remove("edition:" + editionId);
        }
    }
}
