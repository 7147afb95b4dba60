using DataForLife.Web.Data;
using DataForLife.Web.Domain.Accounts;
using DataForLife.Web.Domain.Editions;
using DataForLife.Web.Domain.Judging;
using DataForLife.Web.Domain.Voting;
using DataForLife.Web.Features.Judging;
using DataForLife.Web.Features.Voting;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

namespace DataForLife.Web.Features.Demo;

/// <summary>
/// The demo's judging: judges with accounts (the demo password), round 1 assignments, score sheets for the rounds
/// already behind (and part of the open one), those rounds published, round 2 sessions and the final's pitch order.
/// Sheets are written directly: the demo places them in windows that are already closed.
/// </summary>
public sealed class DemoJudging(AppDbContext db, JudgeAccounts accounts, JudgingContext context, JudgeAssignments assignments, JudgeDirectory judges,
    RoundPublisher publisher, RoundRankingService rankings, PitchSessions sessions, PitchOrders orders, UserManager<AppUser> users, IPasswordHasher<AppUser> hasher,
    TimeProvider clock)
{
    public async Task SeedAsync(DemoStage stage, CancellationToken cancellationToken)
    {
        await accounts.SyncAsync(DemoSeeder.EditionId, cancellationToken);
        var hash = hasher.HashPassword(new AppUser(), DemoTeams.Password);
        foreach (var judge in await users.GetUsersInRoleAsync(Roles.Judge))
        {
            if (judge.Email?.EndsWith(DemoTeams.StaffDomain, StringComparison.Ordinal) == true)
            {
                judge.PasswordHash = hash;
                await users.UpdateAsync(judge);
            }
        }

        var random = new Random(2024);
        var rounds = await context.RoundsAsync(DemoSeeder.EditionId, cancellationToken);
        foreach (var round in rounds)
        {
            var roundStage = DemoStage.Round1 + (round.Index == 0 ? 0 : round.Index + 1);
            if (stage < roundStage)
            {
                break;
            }

            if (round.IsFirst)
            {
                await assignments.AutoAssignAsync(round, cancellationToken);
            }
            else if (!round.IsFinal)
            {
                await SessionsAsync(round, cancellationToken);
            }
            else
            {
                await orders.DrawAsync(round, "demo", cancellationToken);
            }

            var behind = stage > roundStage || (round.IsFinal && stage == DemoStage.Finished);
            if (!round.IsFinal || behind)
            {
                // During the final's 24 hours nothing is pitched yet, so the jury has nothing to score.
                await ScoreAsync(round, behind ? 1.0 : 0.6, random, cancellationToken);
            }

            if (behind)
            {
                await DecideTiesAsync(round, cancellationToken);
                await publisher.PublishAsync(round, "demo", cancellationToken);
                if (round.IsFirst && stage >= DemoStage.Voting)
                {
                    await VotesAsync(round, random, cancellationToken);
                }
            }
        }
    }

    private async Task ScoreAsync(JudgingRound round, double share, Random random, CancellationToken cancellationToken)
    {
        var quality = new Dictionary<int, double>();
        foreach (var judge in await judges.ForRoundAsync(round.EditionId, round.Index, cancellationToken))
        {
            var severity = random.NextDouble() * 0.25;
            foreach (var team in await assignments.EntriesOfAsync(round, judge.UserId, cancellationToken))
            {
                if (random.NextDouble() > share)
                {
                    continue;
                }

                var q = quality.TryGetValue(team, out var known) ? known : quality[team] = 0.35 + random.NextDouble() * 0.6;
                var scores = round.Round.Criteria.ToDictionary(c => c.Code, c => Math.Round(Math.Clamp(q - severity + (random.NextDouble() * 0.2) - 0.1, 0, 1) * c.ScaleMax * 2) / 2);
                var sheet = ScoreSheet.Open(round.EditionId, round.Code, team, judge.UserId);
                sheet.Record(scores, "Nhận xét minh hoạ.", submit: random.NextDouble() < 0.9 || share >= 1, round.Window.StartsAt.UtcDateTime.AddDays(1));
                db.ScoreSheets.Add(sheet);
            }
        }

        await db.SaveChangesAsync(cancellationToken);
    }

    /// <summary>
    /// Votes for the published TOP 30 from the window's start until now (or its end): readers of the partner newspaper
    /// and verified readers of our page, a few hundred per entry, plus one burst from a single network for the organisers'
    /// review page to find.
    /// </summary>
    private async Task VotesAsync(JudgingRound first, Random random, CancellationToken cancellationToken)
    {
        var definition = first.Edition.Definition;
        if (definition.FindPhase(definition.Voting.PhaseCode) is not { } window)
        {
            return;
        }

        var entries = await new RoundEntries(db).AdvancingFromAsync(first.EditionId, first.Code, first.Round.Quota, cancellationToken) ?? [];
        var partner = await db.PartnerKeys.FirstOrDefaultAsync(k => k.Name == "VnExpress (minh hoạ)", cancellationToken);
        if (partner is null)
        {
            partner = new PartnerKey { Name = "VnExpress (minh hoạ)", EditionId = first.EditionId, SecretHash = PartnerKeys.Hash(Guid.NewGuid().ToString("N")), CreatedAtUtc = clock.GetUtcNow().UtcDateTime, CreatedBy = "demo" };
            db.PartnerKeys.Add(partner);
            await db.SaveChangesAsync(cancellationToken);
        }

        var start = window.StartsAt.UtcDateTime;
        var now = clock.GetUtcNow().UtcDateTime;
        var end = now < window.EndsAt.UtcDateTime ? now : window.EndsAt.UtcDateTime;
        var span = Math.Max(1, (end - start).TotalMinutes);
        string[] agents = ["Mozilla/5.0 (iPhone; CPU iPhone OS 17_0 like Mac OS X)", "Mozilla/5.0 (Linux; Android 14)", "Mozilla/5.0 (Windows NT 10.0; Win64; x64)"];
        var rule = definition.Voting.Rule;
        var reader = 0;
        foreach (var team in entries)
        {
            var count = 60 + random.Next(600);
            for (var i = 0; i < count; i++, reader++)
            {
                var cast = start.AddMinutes(random.NextDouble() * span);
                var viaPartner = random.NextDouble() < 0.7;
                db.Votes.Add(new Vote
                {
                    EditionId = first.EditionId, TeamId = team, Day = VoteKeys.Day(cast, rule), CastAtUtc = cast, Minute = VoteKeys.Minute(cast),
                    VoterKey = viaPartner ? VoteKeys.PartnerReader(partner.Name, "doc-gia-" + reader) : VoteKeys.Email($"ban-doc-{reader}@example.vn"),
                    Source = viaPartner ? VoteSource.Partner : VoteSource.Web, PartnerKeyId = viaPartner ? partner.Id : null,
                    Network = viaPartner ? "203.0.113.0/24" : $"{14 + random.Next(100)}.{random.Next(256)}.{random.Next(256)}.0/24",
                    UserAgent = viaPartner ? "VnExpress-Vote/1.0" : agents[random.Next(agents.Length)],
                });
            }
        }

        if (entries.Count > 0)
        {
            var burst = start.AddMinutes(span * 0.6);
            for (var i = 0; i < 300; i++)
            {
                db.Votes.Add(new Vote
                {
                    EditionId = first.EditionId, TeamId = entries[^1], Day = VoteKeys.Day(burst, rule), CastAtUtc = burst, Minute = VoteKeys.Minute(burst),
                    VoterKey = VoteKeys.Email($"tu-dong-{i}@mail-nhanh.example"), Source = VoteSource.Web, Network = "198.51.100.0/24", UserAgent = "python-requests/2.31",
                });
            }
        }

        await db.SaveChangesAsync(cancellationToken);
    }

    private async Task SessionsAsync(JudgingRound round, CancellationToken cancellationToken)
    {
        var jury = (await judges.ForRoundAsync(round.EditionId, round.Index, cancellationToken)).Select(j => j.UserId).ToList();
        var teams = await new RoundEntries(db).ForAsync(round, cancellationToken);
        var venues = new[] { PitchVenue.HaNoi, PitchVenue.HoChiMinhCity, PitchVenue.Online };
        for (var v = 0; v < venues.Length; v++)
        {
            var start = Domain.VietnamTime.ToVietnam(round.Window.StartsAt.AddDays(v + 1)).Date.AddHours(8);
            await sessions.CreateAsync(round, venues[v], start, 20, 10, venues[v] == PitchVenue.Online ? "https://meet.example.org/dataforlife-demo" : null, jury, cancellationToken);
        }

        var created = await sessions.ListAsync(round.EditionId, cancellationToken);
        for (var i = 0; i < teams.Count; i++)
        {
            await sessions.PlaceAsync(round, created[i % created.Count].Id, i / created.Count, teams[i], cancellationToken);
        }
    }

    /// <summary>The demo's head orders any tie the random scores left at a line, so that the round can be published.</summary>
    private async Task DecideTiesAsync(JudgingRound round, CancellationToken cancellationToken)
    {
        foreach (var tie in (await rankings.ComputeAsync(round, cancellationToken)).UnresolvedTies)
        {
            db.TieDecisions.Add(new TieDecision
            {
                EditionId = round.EditionId, RoundCode = round.Code, TeamIds = string.Join(',', tie.Order()),
                Reason = "Quyết định minh hoạ của Trưởng ban Giám khảo.", DecidedByUserId = "demo", DecidedAtUtc = round.Window.EndsAt.UtcDateTime,
            });
        }

        await db.SaveChangesAsync(cancellationToken);
    }
}
