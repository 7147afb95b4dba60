using System.Net;
using DataForLife.Population;
using DataForLife.Tests.Support;
using DataForLife.Web.Data;
using DataForLife.Web.Domain.Registration;
using DataForLife.Web.Features.Editions;
using DataForLife.Web.Features.Roster;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using static DataForLife.Tests.Registration.RegistrationSteps;

namespace DataForLife.Tests.Registration;

/// <summary>
/// A profile change re-decides the team: a name alone matching a judge is for the organisers to review; the name and
/// the date of birth together exclude the person (EligibilityRules).
/// </summary>
[Trait("Category", "Integration")]
public sealed class ProfileChangeEligibilityTests(RegistrationFactory factory) : IClassFixture<RegistrationFactory>
{
    [Fact]
    public async Task A_member_whose_changed_profile_matches_a_judge_moves_the_team_to_review_then_to_not_eligible()
    {
        var (leader, teamId) = await factory.RegisterTeamAsync("profile-lead@example.vn", "Đội Đổi Hồ Sơ");
        var (member, user) = await JoinAsync(factory, leader, "profile-member@example.vn", "Tạ Minh Quân", Sex.Male);
        await AddJudgeAsync("Trịnh Văn Giám", "12/03/1985");
        Assert.Equal(EligibilityStatus.Eligible, (await TeamAsync(factory, teamId)).Status);
        var document = (await ProfileAsync(factory, user.Id))!.DocumentNumber;

        Assert.Equal(HttpStatusCode.Redirect, (await SaveProfileAsync(member, "  TRINH van   GIAM ", "2001-04-30", document)).StatusCode);

        Assert.Equal(EligibilityStatus.NeedsReview, (await TeamAsync(factory, teamId)).Status);
        var reviewPage = WebUtility.HtmlDecode(await leader.GetStringAsync("/team"));
        Assert.Equal("Cần xem xét", TeamStatus(reviewPage));
        Assert.Contains("Họ tên trùng với một thành viên Ban Giám khảo; Ban Tổ chức sẽ xem xét.", reviewPage, StringComparison.Ordinal);

        var bornIn1985 = IdentityNumber.Compose("001", Sex.Male, 1985, 424242);
        Assert.Equal(HttpStatusCode.Redirect, (await SaveProfileAsync(member, "Trịnh Văn Giám", "1985-03-12", bornIn1985)).StatusCode);

        Assert.Equal(EligibilityStatus.NotEligible, (await TeamAsync(factory, teamId)).Status);
        var excludedPage = WebUtility.HtmlDecode(await leader.GetStringAsync("/team"));
        Assert.Equal("Không đủ điều kiện", TeamStatus(excludedPage));
        Assert.Contains("Họ tên và ngày sinh trùng với một thành viên Ban Giám khảo", excludedPage, StringComparison.Ordinal);
        var code = (await TeamAsync(factory, teamId)).PublicCode;
        var changes = await factory.WithScopeAsync(sp => sp.GetRequiredService<AppDbContext>().AuditEntries.AsNoTracking()
            .Where(a => a.Action == "team.eligibility-changed" && a.EntityId == code).OrderBy(a => a.Sequence).Select(a => a.AfterJson).ToListAsync());
        Assert.Equal(["Eligible", "NeedsReview", "NotEligible"], changes);
    }

    [Fact]
    public async Task A_member_who_corrects_a_profile_that_matched_a_judge_makes_the_team_eligible_again()
    {
        var (leader, teamId) = await factory.RegisterTeamAsync("fix-lead@example.vn", "Đội Sửa Hồ Sơ");
        var (member, user) = await JoinAsync(factory, leader, "fix-member@example.vn", "Mạc Thị Duyên");
        await AddJudgeAsync("Mạc Thị Duyên", "30/04/2001");
        Assert.Equal(EligibilityStatus.NotEligible, (await TeamAsync(factory, teamId)).Status);
        var document = (await ProfileAsync(factory, user.Id))!.DocumentNumber;

        await SaveProfileAsync(member, "Mạc Thị Duyên Anh", "2001-04-30", document, sex: "Female");

        Assert.Equal(EligibilityStatus.Eligible, (await TeamAsync(factory, teamId)).Status);
        Assert.Equal("Đủ điều kiện", TeamStatus(await leader.GetStringAsync("/team")));
    }

    private Task AddJudgeAsync(string fullName, string dateOfBirth) => factory.WithScopeAsync(async sp =>
    {
        var edition = (await sp.GetRequiredService<EditionStore>().FindAsync("2023"))!;
        Assert.Empty(await sp.GetRequiredService<RosterCommands>().AddAsync(edition, new StaffInput { Body = "jury", FullName = fullName, DateOfBirth = dateOfBirth }));
    });

    private static Task<HttpResponseMessage> SaveProfileAsync(HttpClient client, string fullName, string dateOfBirth, string document, string sex = "Male") =>
        client.PostFormAsync("/profile", [new("Input.FullName", fullName), new("Input.DateOfBirth", dateOfBirth), new("Input.Sex", sex),
            new("Input.Nationality", "VN"), new("Input.CountryOfResidence", "VN"), new("Input.DocumentNumber", document),
            new("Input.Phone", "0912345678"), new("Input.Organisation", "Đại học Bách khoa Hà Nội")]);
}
