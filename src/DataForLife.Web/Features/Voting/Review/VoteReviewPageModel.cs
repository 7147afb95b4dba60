using DataForLife.Web.Data;
using DataForLife.Web.Domain;
using DataForLife.Web.Domain.Voting;
using DataForLife.Web.Infrastructure;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace DataForLife.Web.Features.Voting.Review;

/// <summary>
/// The fraud review: bursts, crowded networks and user agents, partner peaks, each with the numbers behind it and a
/// form that quarantines exactly its set; the quarantines with their release forms. Observers read, organisers act.
/// </summary>
[OrganizerArea]
public sealed class VoteReviewPageModel(VotingCatalog catalog, VoteFindings findings, VoteQuarantines quarantines, AppDbContext db,
    IStringLocalizer<SharedResource> l) : PageModel
{
    public VotingState State { get; private set; } = null!;

    public IReadOnlyList<BurstFinding> Bursts { get; private set; } = [];

    public IReadOnlyList<CrowdFinding> Networks { get; private set; } = [];

    public IReadOnlyList<CrowdFinding> UserAgents { get; private set; } = [];

    public IReadOnlyList<PartnerPeakFinding> PartnerPeaks { get; private set; } = [];

    public IReadOnlyList<VoteQuarantine> Quarantines { get; private set; } = [];

    public IReadOnlyDictionary<int, string> PartnerNames { get; private set; } = new Dictionary<int, string>();

    public IReadOnlyDictionary<int, string> TeamNames { get; private set; } = new Dictionary<int, string>();

    [BindProperty]
    public QuarantineInput Input { get; set; } = new();

    public async Task<IActionResult> OnGetAsync(string id, CancellationToken cancellationToken) =>
        await LoadAsync(id, cancellationToken) ? Page() : NotFound();

    public async Task<IActionResult> OnPostQuarantineAsync(string id, CancellationToken cancellationToken)
    {
        if (await catalog.FindAsync(id, cancellationToken) is not { } state)
        {
            return NotFound();
        }

        var result = ModelState.IsValid && Input.HasPlausibleTimes
            ? await quarantines.QuarantineAsync(state.EditionId, Input.ToFilter(), Input.Reason, Actor, cancellationToken)
            : new QuarantineResult(QuarantineOutcome.FilterInvalid);
        if (result.Quarantine is not { } quarantine)
        {
            ModelState.Clear();
            ModelState.AddModelError(string.Empty, l[result.MessageKey]);
            if (!Input.Custom)
            {
                // A finding's criteria (minutes included) are not the custom form's: it stays empty rather than half filled.
                Input = new QuarantineInput();
            }

            await LoadAsync(id, cancellationToken);
            return Page();
        }

        TempData["Notice"] = l["VoteReview.QuarantineDone", quarantine.Votes, quarantine.Id].Value;
        return RedirectToPage(new { id });
    }

    public async Task<IActionResult> OnPostReleaseAsync(string id, long quarantineId, string? releaseReason, CancellationToken cancellationToken)
    {
        if (await catalog.FindAsync(id, cancellationToken) is not { } state)
        {
            return NotFound();
        }

        var outcome = await quarantines.ReleaseAsync(state.EditionId, quarantineId, releaseReason, Actor, cancellationToken);
        if (outcome != ReleaseOutcome.Released)
        {
            ModelState.AddModelError(string.Empty, l["VoteReview.Release." + outcome]);
            await LoadAsync(id, cancellationToken);
            return Page();
        }

        TempData["Notice"] = l["VoteReview.Released", quarantineId].Value;
        return RedirectToPage(new { id });
    }

    public string Code(int teamId) => State.CodeByTeam.TryGetValue(teamId, out var code) ? code : "#" + teamId;

    public string PartnerName(int keyId) => PartnerNames.TryGetValue(keyId, out var name) ? name : "#" + keyId;

    public static DateTimeOffset At(int minute) => new(VoteKeys.FromMinute(minute));

    /// <summary>A quarantine's filter in words, as it reads in the list.</summary>
    public string Describe(VoteFilter filter)
    {
        var parts = new List<string>();
        if (filter.TeamId is { } team)
        {
            parts.Add(l["VoteReview.Filter.Entry", Code(team)]);
        }

        if (!string.IsNullOrEmpty(filter.Network))
        {
            parts.Add(l["VoteReview.Filter.Network", filter.Network]);
        }

        if (filter.UserAgent is { } agent)
        {
            parts.Add(agent.Length == 0 ? l["VoteReview.Filter.NoUserAgent"] : l["VoteReview.Filter.UserAgent", agent]);
        }

        if (filter.PartnerKeyId is { } key)
        {
            parts.Add(l["VoteReview.Filter.PartnerKey", PartnerName(key)]);
        }

        if (filter.Source is { } source)
        {
            parts.Add(l["VoteReview.Source." + source]);
        }

        if (filter.FromMinute is not null || filter.ToMinute is not null)
        {
            parts.Add(l["VoteReview.Filter.Time", filter.FromMinute is { } from ? VietnamTime.Format(At(from)) : "…", filter.ToMinute is { } to ? VietnamTime.Format(At(to)) : "…"]);
        }

        return string.Join(" · ", parts);
    }

    private string Actor => User.Identity?.Name ?? string.Empty;

    private async Task<bool> LoadAsync(string id, CancellationToken cancellationToken)
    {
        if (await catalog.FindAsync(id, cancellationToken) is not { } state)
        {
            return false;
        }

        State = state;
        Bursts = await findings.BurstsAsync(id, cancellationToken);
        Networks = await findings.NetworksAsync(id, cancellationToken);
        UserAgents = await findings.UserAgentsAsync(id, cancellationToken);
        PartnerPeaks = await findings.PartnerPeaksAsync(id, cancellationToken);
        Quarantines = await quarantines.ListAsync(id, cancellationToken);
        PartnerNames = await db.PartnerKeys.AsNoTracking().ToDictionaryAsync(k => k.Id, k => k.Name, cancellationToken);
        var ids = state.CodeByTeam.Keys.ToList();
        TeamNames = await db.Teams.AsNoTracking().Where(t => ids.Contains(t.Id)).ToDictionaryAsync(t => t.Id, t => t.Name, cancellationToken);
        return true;
    }
}
