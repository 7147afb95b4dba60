using DataForLife.Web.Data;
using DataForLife.Web.Domain.Messages;
using Microsoft.EntityFrameworkCore;

namespace DataForLife.Web.Features.Messages;

/// <summary>The announcements a person received, for their own pages, and the public ones for the news list.</summary>
public sealed class AnnouncementFeed(AppDbContext db)
{
    public async Task<IReadOnlyList<Announcement>> ForUserAsync(string? userId, CancellationToken cancellationToken = default) =>
        userId is null ? [] : await db.Announcements.AsNoTracking()
            .Where(a => a.SentAtUtc != null && db.AnnouncementRecipients.Any(r => r.AnnouncementId == a.Id && r.UserId == userId))
            .OrderByDescending(a => a.SentAtUtc).ThenByDescending(a => a.Id).Take(10).ToListAsync(cancellationToken);

    public async Task<IReadOnlyList<Announcement>> PublicAsync(CancellationToken cancellationToken = default) =>
        await db.Announcements.AsNoTracking().Where(a => a.SentAtUtc != null && a.IsPublic)
            .OrderByDescending(a => a.SentAtUtc).ThenByDescending(a => a.Id).Take(50).ToListAsync(cancellationToken);
}
