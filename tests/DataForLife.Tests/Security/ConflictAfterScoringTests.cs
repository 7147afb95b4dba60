using System.Net;
using DataForLife.Population;
using DataForLife.Tests.Support;
using DataForLife.Web.Data;
using DataForLife.Web.Domain;
using DataForLife.Web.Domain.Accounts;
using DataForLife.Web.Domain.Editions;
using DataForLife.Web.Domain.Judging;
using DataForLife.Web.Domain.Registration;
using DataForLife.Web.Domain.Roster;
using DataForLife.Web.Features.Judging;
using DataForLife.Web.Features.Registration;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace DataForLife.Tests.Security;

public sealed class ConflictRulesTests
{
    private static readonly ConflictDecision Upheld = new() { Upheld = true };
    private static readonly ConflictDecision Dismissed = new() { Upheld = false };

    [Theory]
    [InlineData(true, null, true, ConflictState.Applies)]
    [InlineData(false, null, false, ConflictState.Applies)]
    [InlineData(false, null, true, ConflictState.Pending)]
    [InlineData(false, true, true, ConflictState.Applies)]
    [InlineData(false, false, true, ConflictState.Dismissed)]
    public void A_conflict_found_after_scoring_waits_for_a_decision_and_a_declared_one_always_applies(bool declared, bool? upheld, bool scored, ConflictState state) =>
        Assert.Equal(state, ConflictRules.StateOf(declared, upheld is null ? null : upheld.Value ? Upheld : Dismissed, scored));

    [Fact]
    public void Judging_is_under_way_from_the_first_round_s_opening_to_the_last_round_s_close()
    {
        var edition = EditionSamples.Plan2023;
        var first = edition.FindPhase(edition.Rounds[0].PhaseCode)!;
        var last = edition.FindPhase(edition.Rounds[^1].PhaseCode)!;

        Assert.False(JudgingPeriod.IsUnderWay(edition, first.StartsAt.AddSeconds(-1)));
        Assert.True(JudgingPeriod.IsUnderWay(edition, first.StartsAt));
        Assert.True(JudgingPeriod.IsUnderWay(edition, last.EndsAt.AddSeconds(-1)));
        Assert.False(JudgingPeriod.IsUnderWay(edition, last.EndsAt));
    }
}

/// <summary>A contestant cannot remove a judge by changing organisation; a conflict found after scoring is decided by organisers.</summary>
[Trait("Category", "Integration")]
public sealed class ConflictAfterScoringTests(JudgingFactory factory) : IClassFixture<JudgingFactory>
{
    private const string RoundPage = "/organizer/editions/2023/judging/round1";

    private Task<HashSet<(string JudgeId, int EntryId)>> AppliedAsync() =>
        factory.WithScopeAsync(sp => sp.GetRequiredService<ConflictFinder>().PairsAsync("2023", CancellationToken.None));

    [Fact]
    public async Task A_member_cannot_take_a_judge_s_organisation_mid_round_and_a_conflict_found_after_scoring_waits_for_an_audited_decision()
    {
        await factory.SeedAsync(12);
        var round = await factory.RoundAsync("round1");
        await factory.WithScopeAsync(sp => sp.GetRequiredService<JudgeAssignments>().AutoAssignAsync(round, CancellationToken.None));
        var judgeEmail = (await factory.JudgeEmailsAsync(StaffBody.Council))[0];
        var judgeId = await factory.UserIdAsync(judgeEmail);
        var teams = await factory.WithScopeAsync(sp => sp.GetRequiredService<JudgeAssignments>().EntriesOfAsync(round, judgeId, CancellationToken.None));
        var judge = await factory.SignedInAsync(judgeEmail);
        foreach (var team in teams.Take(2))
        {
            Assert.Equal(HttpStatusCode.NoContent, (await judge.PutAsJsonAsync($"/api/v1/editions/2023/rounds/round1/teams/{team}/sheet",
                new { scores = round.Round.Criteria.ToDictionary(c => c.Code, _ => 8.0), submit = true })).StatusCode);
        }

        var judgeOrganisation = await factory.WithScopeAsync(sp => sp.GetRequiredService<AppDbContext>().StaffMembers.Where(s => s.UserId == judgeId).Select(s => s.Organisation).FirstAsync());
        var (upheldTeam, dismissedTeam) = (teams[0], teams[1]);
        var memberId = await factory.WithScopeAsync(sp => sp.GetRequiredService<AppDbContext>().TeamMembers.Where(m => m.TeamId == upheldTeam).Select(m => m.UserId).FirstAsync());
        var profile = await factory.WithScopeAsync(sp => sp.GetRequiredService<AppDbContext>().Profiles.AsNoTracking().SingleAsync(p => p.UserId == memberId));

        // Through the profile, the member is refused: the organisation is frozen while the edition is judged.
        var errors = await factory.WithScopeAsync(sp => sp.GetRequiredService<ProfileCommands>().SaveAsync(memberId, new ProfileInput
        {
            FullName = profile.FullName, DateOfBirth = profile.DateOfBirth, Sex = profile.Sex, Nationality = profile.Nationality,
            CountryOfResidence = profile.CountryOfResidence, DocumentNumber = profile.DocumentNumber, Phone = "0912345678", Organisation = judgeOrganisation,
        }));
        Assert.Equal("Profile.OrganisationFrozen", Assert.Single(errors).MessageKey);
        Assert.DoesNotContain(await AppliedAsync(), p => p.JudgeId == judgeId && teams.Take(2).Contains(p.EntryId));

        // Found another way (a correction by hand, a roster change): the sheets still count until organisers decide.
        await factory.WithScopeAsync(async sp =>
        {
            var db = sp.GetRequiredService<AppDbContext>();
            foreach (var team in new[] { upheldTeam, dismissedTeam })
            {
                var id = await db.TeamMembers.Where(m => m.TeamId == team).Select(m => m.UserId).FirstAsync();
                var member = await db.Profiles.SingleAsync(p => p.UserId == id);
                member.Organisation = judgeOrganisation;
                member.WithOrganisationKey();
            }

            await db.SaveChangesAsync();
        });
        var conflicts = await factory.WithScopeAsync(sp => sp.GetRequiredService<ConflictFinder>().ForEditionAsync("2023", CancellationToken.None));
        Assert.All(conflicts.Where(c => c.JudgeUserId == judgeId && (c.TeamId == upheldTeam || c.TeamId == dismissedTeam)), c => Assert.Equal(ConflictState.Pending, c.State));
        Assert.DoesNotContain((judgeId, upheldTeam), await AppliedAsync());

        await factory.CreateUserAsync("btc-xung-dot-muon@c06.gov.vn", role: Roles.Organizer);
        var organiser = await factory.SignedInAsync("btc-xung-dot-muon@c06.gov.vn");
        var page = WebUtility.HtmlDecode(await organiser.GetStringAsync(RoundPage));
        Assert.Contains($"id=\"decide-{judgeId}-{upheldTeam}\"", page, StringComparison.Ordinal);
        var noReason = await organiser.PostFormAsync(RoundPage, [new("judgeId", judgeId), new("teamId", upheldTeam.ToString(System.Globalization.CultureInfo.InvariantCulture)), new("uphold", "true"), new("reason", " ")], RoundPage + "?handler=DecideConflict");
        Assert.Contains("Hãy ghi lý do", WebUtility.HtmlDecode(await organiser.GetStringAsync(RoundPage)), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Redirect, noReason.StatusCode);
        Assert.DoesNotContain((judgeId, upheldTeam), await AppliedAsync());

        await organiser.PostFormAsync(RoundPage, [new("judgeId", judgeId), new("teamId", upheldTeam.ToString(System.Globalization.CultureInfo.InvariantCulture)), new("uphold", "true"), new("reason", "Giám khảo và thí sinh cùng đơn vị (đã xác minh).")], RoundPage + "?handler=DecideConflict");
        await organiser.PostFormAsync(RoundPage, [new("judgeId", judgeId), new("teamId", dismissedTeam.ToString(System.Globalization.CultureInfo.InvariantCulture)), new("uphold", "false"), new("reason", "Đổi đơn vị sau khi đã chấm, không ảnh hưởng.")], RoundPage + "?handler=DecideConflict");

        var applied = await AppliedAsync();
        Assert.Contains((judgeId, upheldTeam), applied);
        Assert.DoesNotContain((judgeId, dismissedTeam), applied);
        var entries = await factory.WithScopeAsync(sp => sp.GetRequiredService<AppDbContext>().AuditEntries.Where(a => a.Action.StartsWith("judging.conflict-")).Select(a => a.Action).ToListAsync());
        Assert.Equal(["judging.conflict-dismissed", "judging.conflict-upheld"], entries.Order());
    }
}
