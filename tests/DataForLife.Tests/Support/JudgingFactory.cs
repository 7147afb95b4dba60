using DataForLife.Web.Domain.Accounts;
using DataForLife.Web.Domain.Roster;
using DataForLife.Web.Features.Demo;
using DataForLife.Web.Features.Editions;
using DataForLife.Web.Features.Judging;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace DataForLife.Tests.Support;

/// <summary>
/// The 2023 edition with fictitious teams that submitted their dossiers on 1 September, a roster of judges with
/// accounts (password <see cref="TestUsers.Password"/>), and the clock then moved into round 1 (20 September).
/// </summary>
public class JudgingFactory : SubmissionFactory
{
    public static readonly DateTimeOffset InRound1 = EditionSamples.Vietnam(2023, 9, 20, 10);

    public const string Head = "truongbgk@" + DemoTeams.StaffDomain;

    /// <summary>Demo teams with dossiers and the demo roster's judges (password set); then, unless told otherwise, the clock moves into round 1.</summary>
    public async Task SeedAsync(int teams = 40, bool intoRound1 = true)
    {
        await WithScopeAsync(async sp =>
        {
            var edition = (await sp.GetRequiredService<EditionStore>().FindAsync("2023"))!;
            await sp.GetRequiredService<DemoTeams>().CreateAsync(edition, teams, withDossiers: true, Clock.GetUtcNow().UtcDateTime, CancellationToken.None);
            await sp.GetRequiredService<JudgeAccounts>().SyncAsync("2023");
            var users = sp.GetRequiredService<UserManager<AppUser>>();
            foreach (var judge in await users.GetUsersInRoleAsync(Roles.Judge))
            {
                await users.AddPasswordAsync(judge, TestUsers.Password);
            }
        });
        if (intoRound1)
        {
            Clock.SetUtcNow(InRound1);
        }
    }

    public Task<JudgingRound> RoundAsync(string code) =>
        WithScopeAsync(async sp => (await sp.GetRequiredService<JudgingContext>().RoundAsync("2023", code, CancellationToken.None))!);

    public Task<IReadOnlyList<string>> JudgeEmailsAsync(StaffBody body) => WithScopeAsync(async sp =>
        (IReadOnlyList<string>)await sp.GetRequiredService<Web.Data.AppDbContext>().StaffMembers.Where(s => s.EditionId == "2023" && s.Body == body && s.UserId != null)
            .OrderBy(s => s.Email).Select(s => s.Email!).ToListAsync());

    /// <summary>The e-mail of the team's leader, whose account is given the test password.</summary>
    public Task<string> LeaderOfAsync(int teamId) => WithScopeAsync(async sp =>
    {
        var db = sp.GetRequiredService<Web.Data.AppDbContext>();
        var leaderId = await db.TeamMembers.Where(m => m.TeamId == teamId && m.IsLeader).Select(m => m.UserId).SingleAsync();
        var users = sp.GetRequiredService<UserManager<AppUser>>();
        var leader = (await users.FindByIdAsync(leaderId))!;
        await users.RemovePasswordAsync(leader);
        await users.AddPasswordAsync(leader, TestUsers.Password);

        return leader.Email!;
    });

    public Task<string> UserIdAsync(string email) => WithScopeAsync(async sp => (await sp.GetRequiredService<UserManager<AppUser>>().FindByEmailAsync(email))!.Id);

    public async Task<HttpClient> SignedInAsync(string email)
    {
        var client = CreateBrowserLikeClient();
        await client.SignInAsync(email);
        return client;
    }

    /// <summary>Gives the second team exactly the first team's reviewers, so that equal scores make equal calibrated totals.</summary>
    public Task SameReviewersAsync(int first, int second) => WithScopeAsync(async sp =>
    {
        var db = sp.GetRequiredService<Web.Data.AppDbContext>();
        var judges = await db.Assignments.Where(a => a.RoundCode == "round1" && a.TeamId == first).Select(a => a.JudgeUserId).ToListAsync();
        await db.Assignments.Where(a => a.RoundCode == "round1" && a.TeamId == second).ExecuteDeleteAsync();
        db.Assignments.AddRange(judges.Select(j => new Web.Domain.Judging.Assignment { EditionId = "2023", RoundCode = "round1", TeamId = second, JudgeUserId = j, ByHand = true, CreatedAtUtc = DateTime.UtcNow }));
        await db.SaveChangesAsync();
    });

    /// <summary>Every judge submits every sheet of the round, each criterion given <paramref name="score"/>(team) scaled to its maximum.</summary>
    public Task ScoreEverythingAsync(string roundCode, Func<int, double> score) => WithScopeAsync(async sp =>
    {
        var round = (await sp.GetRequiredService<JudgingContext>().RoundAsync("2023", roundCode, CancellationToken.None))!;
        var assignments = sp.GetRequiredService<JudgeAssignments>();
        var scoring = sp.GetRequiredService<ScoringCommands>();
        var judges = await sp.GetRequiredService<JudgeDirectory>().ForRoundAsync("2023", round.Index, CancellationToken.None);
        foreach (var judge in judges)
        {
            foreach (var team in await assignments.EntriesOfAsync(round, judge.UserId, CancellationToken.None))
            {
                var values = round.Round.Criteria.ToDictionary(c => c.Code, c => (double?)Math.Round(score(team) * c.ScaleMax, 1));
                var (outcome, _) = await scoring.SaveAsync(round, judge.UserId, team, values, "Nhận xét", submit: true);
                Assert.Equal(ScoringCommands.Outcome.Saved, outcome);
            }
        }
    });
}
