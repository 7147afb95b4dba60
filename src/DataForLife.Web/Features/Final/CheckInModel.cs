using System.Security.Claims;
using DataForLife.Web.Domain.Editions;
using DataForLife.Web.Features.Editions;
using DataForLife.Web.Infrastructure;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace DataForLife.Web.Features.Final;

/// <summary>
/// The check-in desk, on an organiser's phone: a ticket's QR code read by the camera, or its code typed in; the
/// answer says who came in or why the ticket is refused; the list shows who is present.
/// </summary>
[OrganizerArea]
[UsesCamera]
public sealed class CheckInModel(EditionStore editions, FinalTickets tickets) : PageModel
{
    public Edition Edition { get; private set; } = null!;

    public IReadOnlyList<FinalTickets.Attendee> Attendees { get; private set; } = [];

    public CheckInResult? Result { get; private set; }

    [BindProperty]
    public string? Code { get; set; }

    public async Task<IActionResult> OnGetAsync(string id, CancellationToken cancellationToken) =>
        await LoadAsync(id, cancellationToken) ? Page() : NotFound();

    public async Task<IActionResult> OnPostAsync(string id, CancellationToken cancellationToken)
    {
        if (await editions.FindAsync(id, cancellationToken) is not { } edition)
        {
            return NotFound();
        }

        Result = await tickets.CheckInAsync(edition, Code, User.FindFirstValue(ClaimTypes.NameIdentifier)!, cancellationToken);
        Code = null;
        ModelState.Clear();
        await LoadAsync(id, cancellationToken);
        return Page();
    }

    private async Task<bool> LoadAsync(string id, CancellationToken cancellationToken)
    {
        if (await editions.FindAsync(id, cancellationToken) is not { } edition)
        {
            return false;
        }

        Edition = edition;
        Attendees = await tickets.AttendeesAsync(edition, cancellationToken);
        return true;
    }
}
