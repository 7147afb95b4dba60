using DataForLife.Web.Domain.Voting;
using DataForLife.Web.Infrastructure;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;

namespace DataForLife.Web.Features.Voting.Readers;

/// <summary>
/// A reader proves they hold a phone number or an e-mail address: step 1 sends a code, step 2 takes it and sets the
/// voter cookie, then goes back to where the reader came from. Plain forms, so it works without JavaScript.
/// </summary>
[AllowAnonymous]
public sealed class VerifyModel(VoterCodes codes, VoterSession session, DisposableEmailDomains disposable, IStringLocalizer<SharedResource> l) : PageModel
{
    public const string DefaultReturnUrl = "/vote";

    [BindProperty]
    public VoterChannel Channel { get; set; } = VoterChannel.Phone;

    [BindProperty]
    public string? Address { get; set; }

    [BindProperty]
    public string? Code { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? ReturnUrl { get; set; }

    /// <summary>The reader the cookie already names.</summary>
    public VoterIdentity? Voter { get; private set; }

    /// <summary>Set once a code is on its way: the page asks for it.</summary>
    public VoterIdentity? Pending { get; private set; }

    /// <summary>Minutes until another code may be sent to the pending address (0: one may be asked for now).</summary>
    public int ResendAfterMinutes { get; private set; }

    public string? AddressError => ModelState.TryGetValue(nameof(Address), out var entry) && entry.Errors.Count > 0 ? entry.Errors[0].ErrorMessage : null;

    public string? CodeError => ModelState.TryGetValue(nameof(Code), out var entry) && entry.Errors.Count > 0 ? entry.Errors[0].ErrorMessage : null;

    public string Continue => Infrastructure.LocalUrl.IsSafe(ReturnUrl) ? ReturnUrl : DefaultReturnUrl;

    public void OnGet() => Voter = session.Current(HttpContext);

    public async Task<IActionResult> OnPostSendAsync()
    {
        if (ParseAddress() is not { } voter)
        {
            return Page();
        }

        var result = await codes.SendAsync(voter, VoteKeys.Network(HttpContext.Connection.RemoteIpAddress), HttpContext.ArrivedAtUtc(), HttpContext.RequestAborted);
        switch (result.Outcome)
        {
            case CodeSendOutcome.Sent:
                Pending = voter;
                break;
            case CodeSendOutcome.AddressLimit:
                // The latest code sent to this address still works: the box to type it stays.
                ModelState.AddModelError(string.Empty, l["Voter.AddressLimit", VoterCodes.SendsPerAddress, (int)VoterCodes.AddressWindow.TotalMinutes, result.RetryAfterMinutes]);
                Pending = voter;
                ResendAfterMinutes = result.RetryAfterMinutes;
                break;
            case CodeSendOutcome.NetworkLimit:
                ModelState.AddModelError(string.Empty, l["Voter.NetworkLimit", result.RetryAfterMinutes]);
                break;
            default:
                ModelState.AddModelError(string.Empty, l["Voter.SmsNotDelivered"]);
                break;
        }

        return Page();
    }

    public async Task<IActionResult> OnPostVerifyAsync()
    {
        if (ParseAddress() is not { } voter)
        {
            return Page();
        }

        Pending = voter;
        var code = new string([.. (Code ?? string.Empty).Where(c => c is not (' ' or '-'))]);
        if (code.Length != 6 || !code.All(char.IsAsciiDigit))
        {
            ModelState.AddModelError(nameof(Code), l[code.Length == 0 ? "Voter.CodeRequired" : "Voter.CodeFormat"]);
            return Page();
        }

        var result = await codes.VerifyAsync(voter, code, HttpContext.ArrivedAtUtc(), HttpContext.RequestAborted);
        if (result is { Outcome: CodeCheckOutcome.Verified, Voter: { } verified })
        {
            session.SignIn(HttpContext, verified);
            return LocalRedirect(Continue);
        }

        ModelState.AddModelError(nameof(Code), result switch
        {
            { Outcome: CodeCheckOutcome.Wrong, TriesLeft: > 0 } => l["Voter.CodeWrong", result.TriesLeft],
            { Outcome: CodeCheckOutcome.Wrong } => l["Voter.CodeWrongLast"],
            { Outcome: CodeCheckOutcome.TooManyTries } => l["Voter.CodeTooManyTries", VoterCodes.MaxAttempts],
            { Outcome: CodeCheckOutcome.Expired } => l["Voter.CodeExpired", (int)VoterCodes.Lifetime.TotalMinutes],
            _ => l["Voter.CodeNone"],
        });
        return Page();
    }

    public IActionResult OnPostSignOut()
    {
        session.SignOut(HttpContext);
        TempData["Notice"] = l["Voter.SignedOut"].Value;
        return RedirectToPage(new { ReturnUrl = Infrastructure.LocalUrl.IsSafe(ReturnUrl) ? ReturnUrl : null });
    }

    private VoterIdentity? ParseAddress()
    {
        var (voter, error) = VoterAddress.Parse(Channel, Address, disposable);
        if (error is not null)
        {
            ModelState.AddModelError(nameof(Address), l[error]);
        }

        return voter;
    }
}
