using System.Security.Claims;
using DataForLife.Web.Domain;
using DataForLife.Web.Domain.Accounts;
using DataForLife.Web.Domain.Editions;
using DataForLife.Web.Domain.Messages;
using DataForLife.Web.Features.Editions;
using DataForLife.Web.Infrastructure;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;

namespace DataForLife.Web.Features.Messages;

/// <summary>
/// Writing an announcement: the segment and how many it reaches now, a preview of the e-mail (its HTML sanitised), a
/// test to the organiser's own address, then the send, at once or at the time given.
/// </summary>
[OrganizerArea]
public sealed class AnnouncementNewModel(EditionStore editions, SegmentResolver segments, AnnouncementCommands commands, AnnouncementMail mail,
    UserManager<AppUser> users, IStringLocalizer<SharedResource> l) : PageModel
{
    public Edition Edition { get; private set; } = null!;

    public IReadOnlyList<SegmentChoice> Choices { get; private set; } = [];

    [BindProperty]
    public AnnouncementInput Input { get; set; } = new();

    public ComposedMail? Preview { get; private set; }

    public int RecipientCount { get; private set; }

    public async Task<IActionResult> OnGetAsync(string id, CancellationToken cancellationToken) =>
        await LoadAsync(id, cancellationToken) ? Page() : NotFound();

    public async Task<IActionResult> OnPostPreviewAsync(string id, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(id, cancellationToken))
        {
            return NotFound();
        }

        if (Valid())
        {
            var me = await MeAsync();
            RecipientCount = (await segments.RecipientsAsync(Edition, Segment.Parse(Input.Segment)!, cancellationToken)).Count;
            Preview = (await mail.PrepareAsync(commands.Draft(Edition, Input, me.UserId), cancellationToken))(me);
        }

        return Page();
    }

    public async Task<IActionResult> OnPostTestAsync(string id, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(id, cancellationToken))
        {
            return NotFound();
        }

        if (!Valid())
        {
            return Page();
        }

        var me = await MeAsync();
        await commands.SendTestAsync(Edition, Input, me, cancellationToken);
        TempData["Notice"] = l["Announcement.TestSent", me.Email].Value;
        return Page();
    }

    public async Task<IActionResult> OnPostSendAsync(string id, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(id, cancellationToken))
        {
            return NotFound();
        }

        if (!Valid())
        {
            return Page();
        }

        var (_, sent) = await commands.CreateAsync(Edition, Input, User.FindFirstValue(ClaimTypes.NameIdentifier)!, cancellationToken);
        TempData["Notice"] = sent is { } count ? l["Announcement.Sent", count].Value : l["Announcement.Scheduled", VietnamTime.Format(VietnamTime.FromLocal(Input.SendAt!.Value))].Value;
        return RedirectToPage("/Messages/AnnouncementsPage", new { id });
    }

    private bool Valid()
    {
        foreach (var error in commands.Check(Edition, Input))
        {
            ModelState.AddModelError("Input." + error.Field, l[error.MessageKey]);
        }

        return ModelState.IsValid;
    }

    private async Task<Recipient> MeAsync()
    {
        var me = (await users.GetUserAsync(User))!;
        return new Recipient(me.Id, me.Email!, me.DisplayName);
    }

    private async Task<bool> LoadAsync(string id, CancellationToken cancellationToken)
    {
        if (await editions.FindAsync(id, cancellationToken) is not { } edition)
        {
            return false;
        }

        Edition = edition;
        Choices = segments.Choices(edition);
        return true;
    }
}
