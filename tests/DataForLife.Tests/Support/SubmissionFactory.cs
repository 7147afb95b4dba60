using DataForLife.Web.Data;
using DataForLife.Web.Domain.Registration;
using DataForLife.Web.Features.Registration;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace DataForLife.Tests.Support;

/// <summary>The platform on 1 September 2023, two weeks before the plan's submission deadline (15/09/2023 00:00).</summary>
public class SubmissionFactory : RegistrationFactory
{
    public static readonly DateTimeOffset Deadline = EditionSamples.Vietnam(2023, 9, 15);

    public SubmissionFactory()
    {
        Clock.SetUtcNow(EditionSamples.Vietnam(2023, 9, 1, 10));
    }

    /// <summary>A team with its leader and, when named, one more member (who joined as if by invitation).</summary>
    public async Task<(HttpClient Leader, HttpClient? Member, int TeamId)> TeamWithMemberAsync(string prefix, bool withMember = true)
    {
        var (leader, teamId) = await RegisterTeamAsync($"{prefix}-lead@example.vn", $"Đội {prefix}");
        if (!withMember)
        {
            return (leader, null, teamId);
        }

        var member = await CreatePersonAsync($"{prefix}-member@example.vn", "Thành Viên " + prefix, DataForLife.Population.Sex.Male);
        await WithScopeAsync(async sp =>
        {
            var db = sp.GetRequiredService<AppDbContext>();
            var team = await db.Teams.Include(t => t.Members).SingleAsync(t => t.Id == teamId);
            team.AddMember(member.Id, await db.Profiles.Where(p => p.UserId == member.Id).Select(p => p.DocumentNumber).SingleAsync(), DateTime.UtcNow);
            await db.SaveChangesAsync();
            await sp.GetRequiredService<EligibilityService>().RecomputeAsync("2023", [teamId]);
        });
        var client = CreateBrowserLikeClient();
        await client.SignInAsync($"{prefix}-member@example.vn");
        return (leader, client, teamId);
    }
}
