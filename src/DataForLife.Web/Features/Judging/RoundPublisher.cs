using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using DataForLife.Web.Data;
using DataForLife.Web.Domain.Judging;
using DataForLife.Web.Features.Audit;
using DataForLife.Web.Features.Email;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace DataForLife.Web.Features.Judging;

/// <summary>
/// Publishes a round once its scores have stopped moving (every sheet in, or the window closed) and its ranking has no
/// open tie: the standings are frozen with their hash, every team learns by
/// e-mail whether it goes on, and the public results page shows who does. A recomputation compares the published
/// standings with what the raw sheets give now.
/// </summary>
public sealed class RoundPublisher(AppDbContext db, RoundRankingService rankings, ConflictFinder conflicts, AuditLog audit, EmailOutbox outbox,
    IStringLocalizer<SharedResource> l, TimeProvider clock, Voting.VotingCatalog voting, Ceremony.AwardBook awards, Ceremony.CeremonyRelease ceremony,
    ContestLock contest)
{
    public sealed record Comparison(bool Published, bool Same, IReadOnlyList<string> Differences);

    /// <summary>A round that adds the vote bonus is published only once the vote has closed: the bonus is final then.</summary>
    public bool VotingStillOpen(JudgingRound round) =>
        round.Round.TakesVoteBonus && Domain.Voting.VotingWindow.IsStillToCloseAt(Domain.Voting.VotingWindow.Of(round.Edition.Definition), clock.GetUtcNow());

    public Task<(bool Published, IReadOnlyList<IReadOnlyList<int>> OpenTies)> PublishAsync(JudgingRound round, string organiserId, CancellationToken cancellationToken) =>
        PublishAsync(round, organiserId, null, cancellationToken);

    /// <summary>
    /// Publishes the round; <paramref name="publishedOver"/> is what the organiser confirmed was still missing (by typing
    /// the round's name), recorded with the publication.
    /// </summary>
    public async Task<(bool Published, IReadOnlyList<IReadOnlyList<int>> OpenTies)> PublishAsync(JudgingRound round, string organiserId,
        PublicationReadiness? publishedOver, CancellationToken cancellationToken)
    {
        if (VotingStillOpen(round))
        {
            return (false, []);
        }

        // From the ranking to the commit under the contest's lock, which quarantines and releases of votes take too:
        // the bonus published is the bonus of the votes counted when it is published, never of a set changing meanwhile.
        var attempt = await contest.DecideAsync<Attempt?>("round.publish", ct => PublishLockedAsync(round, organiserId, publishedOver, ct), cancellationToken);
        if (attempt is null)
        {
            return (false, []);
        }

        if (attempt.Published)
        {
            // Round 1's selection is what the public votes on: this instance sees it at once.
            voting.Invalidate(round.EditionId);
        }

        return (attempt.Published, attempt.OpenTies);
    }

    private sealed record Attempt(bool Published, IReadOnlyList<IReadOnlyList<int>> OpenTies);

    private async Task<Attempt?> PublishLockedAsync(JudgingRound round, string organiserId, PublicationReadiness? publishedOver, CancellationToken cancellationToken)
    {
        if (await db.RoundPublications.AnyAsync(p => p.EditionId == round.EditionId && p.RoundCode == round.Code, cancellationToken)
            || !await rankings.ScoringOverAsync(round, cancellationToken))
        {
            return null;
        }

        var ranking = await rankings.ComputeAsync(round, cancellationToken);
        if (ranking.HasUnresolvedTies)
        {
            return new Attempt(false, ranking.UnresolvedTies);
        }

        // The final's prizes are stored with it (and their certificates issued), never worked out again from the standings.
        var awarded = round.IsFinal ? await awards.RecordAsync(round, ranking, cancellationToken) : [];
        if (awarded is null)
        {
            return new Attempt(false, ranking.UnresolvedTies);
        }

        var json = JsonSerializer.Serialize(ranking.Standings);
        var now = clock.GetUtcNow();
        var publication = new RoundPublication
        {
            EditionId = round.EditionId, RoundCode = round.Code, StandingsJson = json, Hash = Hash(json),
            PublishedByUserId = organiserId, PublishedAtUtc = now.UtcDateTime,
        };
        db.RoundPublications.Add(publication);
        if (!round.IsFinal)
        {
            publication.LettersQueuedAtUtc = now.UtcDateTime;
            await QueueLettersAsync(round, ranking, cancellationToken);
        }

        await db.SaveChangesAsync(cancellationToken);
        // The final's letters wait for the ceremony, unless its time has already come.
        if (round.IsFinal && Domain.Ceremony.ResultsRelease.IsPublic(round.Edition.Definition.Ceremony, true, now))
        {
            await ceremony.QueueLockedAsync(round.EditionId, publication.Id, cancellationToken);
        }

        // The conflicts that kept judges' sheets out of these totals, as found now: recorded with the publication so that
        // a later recomputation that differs (someone changed organisation) can be explained.
        var entries = ranking.Standings.Select(s => s.EntryId).ToHashSet();
        var applied = (await conflicts.ForEditionAsync(round.EditionId, cancellationToken)).Where(c => c.Applies && entries.Contains(c.TeamId))
            .OrderBy(c => c.TeamId).ThenBy(c => c.JudgeUserId, StringComparer.Ordinal)
            .Select(c => new { judge = c.JudgeUserId, team = c.TeamId, reason = c.Reason }).ToList();
        audit.Record("round.published", "Round", round.Code,
            after: new
            {
                hash = Hash(json), advancing = ranking.Standings.Take(round.Round.Quota).Select(s => s.EntryId), conflicts = applied,
                awards = awarded.Select(a => new { team = a.TeamId, rank = a.Rank, prize = a.PrizeCode, amount = a.AmountVnd }),
                publishedOver = publishedOver is null || !publishedOver.NeedsTypedConfirmation ? null : new
                {
                    sheets = publishedOver.MissingSheets.Select(m => new { judge = m.JudgeId, submitted = m.Submitted, assigned = m.Assigned }),
                    conflicts = publishedOver.PendingConflicts.Select(c => new { judge = c.JudgeId, team = c.TeamId, reason = c.Reason }),
                    quarantines = publishedOver.QuarantinesInForce, votes = publishedOver.QuarantinedVotes,
                },
            },
            editionId: round.EditionId);
        return new Attempt(true, []);
    }

    public async Task<Comparison> RecomputeAsync(JudgingRound round, CancellationToken cancellationToken)
    {
        var published = await db.RoundPublications.AsNoTracking().FirstOrDefaultAsync(p => p.EditionId == round.EditionId && p.RoundCode == round.Code, cancellationToken);
        if (published is null)
        {
            return new Comparison(false, false, []);
        }

        var now = (await rankings.ComputeAsync(round, cancellationToken)).Standings;
        var then = RoundEntries.Standings(published.StandingsJson);
        var differences = new List<string>();
        if (Hash(published.StandingsJson) != published.Hash)
        {
            differences.Add("the stored standings no longer match their hash");
        }

        foreach (var (before, after) in then.Zip(now))
        {
            if (before != after)
            {
                differences.Add($"place {before.Rank}: published team {before.EntryId} total {before.Total}, now team {after.EntryId} total {after.Total}");
            }
        }

        if (then.Count != now.Count)
        {
            differences.Add($"published {then.Count} entries, now {now.Count}");
        }

        return new Comparison(true, differences.Count == 0, differences);
    }

    /// <summary>The letters of a round before the final: each team learns whether it goes on (the final's are <see cref="Ceremony.CeremonyLetters"/>).</summary>
    private async Task QueueLettersAsync(JudgingRound round, RoundRanking ranking, CancellationToken cancellationToken)
    {
        var advancing = ranking.Standings.Take(round.Round.Quota).Select(s => s.EntryId).ToHashSet();
        var teams = await db.Teams.AsNoTracking().Include(t => t.Members).Where(t => ranking.Standings.Select(s => s.EntryId).Contains(t.Id)).ToListAsync(cancellationToken);
        foreach (var team in teams)
        {
            var ids = team.Members.Select(m => m.UserId).ToList();
            var emails = await db.Users.Where(u => ids.Contains(u.Id)).Select(u => u.Email!).ToListAsync(cancellationToken);
            var key = advancing.Contains(team.Id) ? "Mail.Result.Advance" : "Mail.Result.Stop";
            foreach (var email in emails)
            {
                outbox.Enqueue(email, l["Mail.Result.Subject", round.Round.Name.Current, team.Name], l[key, team.Name, round.Round.Name.Current]);
            }
        }
    }

    private static string Hash(string json) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(json)));
}
