using DataForLife.Web.Domain.Voting;
using DataForLife.Web.Features.Editions;
using DataForLife.Web.Infrastructure;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;

namespace DataForLife.Web.Features.Voting.Gallery;

/// <summary>
/// What the gallery and an entry's page share: the edition's voting state, the reader (if verified), the entries
/// they already voted for, the public counts when they may be shown, and casting a vote.
/// </summary>
public abstract class GalleryPageModel(EditionStore editions, VotingCatalog catalog, GalleryEntries gallery, VoteCounts counts, VoterSession voters,
    IVoteWriter writer, ReaderLimits limits, TimeProvider clock, IStringLocalizer<SharedResource> l) : PageModel
{
    public VotingState State { get; private set; } = null!;

    public IReadOnlyList<GalleryEntry> Entries { get; private set; } = [];

    public VoterIdentity? Voter { get; private set; }

    /// <summary>The entries this reader has voted for (today, under a daily rule), with when.</summary>
    public IReadOnlyDictionary<int, DateTime> VotedFor { get; private set; } = new Dictionary<int, DateTime>();

    /// <summary>Counted votes by team, or null while the edition keeps them hidden.</summary>
    public IReadOnlyDictionary<int, int>? Counts { get; private set; }

    public bool IsOpen { get; private set; }

    public bool HasClosed { get; private set; }

    protected IStringLocalizer<SharedResource> L => l;

    /// <summary>"?edition=…" when an edition other than the current one is shown, so that links and returns keep to it.</summary>
    public string EditionQuery { get; private set; } = string.Empty;

    protected async Task<bool> LoadAsync(string? editionId, CancellationToken cancellationToken)
    {
        var id = editionId ?? await editions.CurrentIdAsync(cancellationToken);
        if (id is null || await catalog.FindAsync(id, cancellationToken) is not { } state)
        {
            return false;
        }

        State = state;
        EditionQuery = editionId is null || editionId == await editions.CurrentIdAsync(cancellationToken) ? string.Empty : "?edition=" + Uri.EscapeDataString(editionId);
        var now = clock.GetUtcNow().UtcDateTime;
        (IsOpen, HasClosed) = (state.IsOpenAt(now), state.HasClosedAt(now));
        Entries = await gallery.ListAsync(state, cancellationToken);
        Voter = voters.Current(HttpContext);
        if (Voter is not null)
        {
            VotedFor = await counts.VotedByAsync(state.EditionId, Voter.VoterKey, VoteKeys.Day(now, state.Settings.Rule), cancellationToken);
        }

        Counts = state.CountsArePublicAt(now) ? await counts.CountedAsync(state.EditionId, cancellationToken) : null;
        return true;
    }

    /// <summary>The entry (its public code) that the notice or alert carried across the redirect is about.</summary>
    public const string NoticeForKey = "NoticeFor";

    /// <summary>Casts the verified reader's vote for <paramref name="code"/>, then returns to <paramref name="returnUrl"/>.</summary>
    protected async Task<IActionResult> VoteAsync(string? editionId, string code, string? returnUrl, CancellationToken cancellationToken)
    {
        if (string.IsNullOrEmpty(code) || !await LoadAsync(editionId, cancellationToken) || !State.TeamByCode.TryGetValue(code, out var teamId))
        {
            return NotFound();
        }

        var back = Infrastructure.LocalUrl.IsSafe(returnUrl) ? returnUrl : $"/vote/{State.CodeByTeam[teamId]}{EditionQuery}";
        if (Voter is null)
        {
            return Redirect("/vote/verify?returnUrl=" + Uri.EscapeDataString(back));
        }

        // Back in the gallery, what came of the vote is shown on the entry's own card, where the reader lands; every path
        // below sets a notice or an alert and goes back.
        if (back.StartsWith("/vote", StringComparison.Ordinal) && back.EndsWith("#entry-" + code, StringComparison.Ordinal))
        {
            TempData[NoticeForKey] = code;
        }
        var now = HttpContext.ArrivedAtUtc();
        if (!State.IsOpenAt(now))
        {
            TempData["Alert"] = l[State.HasClosedAt(now) ? "Vote.Closed" : "Vote.NotOpen"].Value;
            return Redirect(back);
        }

        if (!limits.TryAcquire(HttpContext.Connection.RemoteIpAddress, Voter.VoterKey))
        {
            TempData["Alert"] = l["Vote.TooMany"].Value;
            return Redirect(back);
        }

        var ballot = new VoteBallot(State.EditionId, teamId, Voter.VoterKey, VoteKeys.Day(now, State.Settings.Rule), VoteSource.Web, null,
            VoteKeys.Network(HttpContext.Connection.RemoteIpAddress), VoteKeys.UserAgent(Request.Headers.UserAgent.ToString()), now);
        var name = Entries.First(e => e.Team.Id == teamId).Team.Name;
        try
        {
            var outcome = await writer.WriteAsync(ballot, cancellationToken);
            TempData["Notice"] = outcome == VoteOutcome.Counted ? l["Vote.Counted", name].Value : l["Vote.AlreadyCounted", name].Value;
        }
        catch (Exception exception) when (exception is VoteNotStoredException or System.Threading.Channels.ChannelClosedException)
        {
            TempData["Alert"] = l["Vote.NotStored"].Value;
        }

        return Redirect(back);
    }
}
