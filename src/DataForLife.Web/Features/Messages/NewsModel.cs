using DataForLife.Web.Domain.Messages;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace DataForLife.Web.Features.Messages;

/// <summary>The organisers' announcements marked public, once sent, newest first.</summary>
[AllowAnonymous]
public sealed class NewsModel(AnnouncementFeed feed) : PageModel
{
    public IReadOnlyList<Announcement> Items { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken cancellationToken) => Items = await feed.PublicAsync(cancellationToken);
}
