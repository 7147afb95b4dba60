using System.Net;
using DataForLife.Tests.Support;
using DataForLife.Web.Data;
using DataForLife.Web.Domain.Editions;
using DataForLife.Web.Domain.Registration;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace DataForLife.Tests.Registration;

/// <summary>Public codes: one number each, even when teams register at the same moment; a clash with another edition is told as such.</summary>
[Trait("Category", "Integration")]
public sealed class TeamCodeTests(RegistrationFactory factory) : IClassFixture<RegistrationFactory>
{
    [Fact]
    public async Task Teams_registering_at_the_same_moment_all_get_a_team_and_a_code_of_their_own()
    {
        var clients = new List<HttpClient>();
        for (var i = 1; i <= 8; i++)
        {
            await factory.CreatePersonAsync($"cung-luc-{i}@example.vn", "Người Cùng Lúc");
            var client = factory.CreateBrowserLikeClient();
            await client.SignInAsync($"cung-luc-{i}@example.vn");
            clients.Add(client);
        }

        var tokens = await Task.WhenAll(clients.Select(c => c.GetTokenAsync("/team")));
        using var probe = OverlapProbe.Attach(factory.Services, "team.register", expected: 8);
        var answers = await Task.WhenAll(clients.Select((c, i) => c.PostAsync("/team?handler=Create", new FormUrlEncodedContent([
            new("Input.Name", $"Đội Cùng Lúc {i}"), new("Input.IdeaName", "Ứng dụng"), new("Input.Categories", "society"),
            new("Input.Abstract", "Một sản phẩm dữ liệu phục vụ người dân."), new("__RequestVerificationToken", tokens[i])]))));
        foreach (var answer in answers.Where(a => a.StatusCode != HttpStatusCode.Redirect))
        {
            Assert.Fail(System.Text.RegularExpressions.Regex.Match(await answer.Content.ReadAsStringAsync(), "validation-summary-errors[\\s\\S]{0,600}").Value);
        }

        Assert.True(probe.Overlapped, "the first registration was held inside until all eight had arrived");
        var registrations = answers.Select(a => (TeamId: 0, a)).ToList();

        var codes = await factory.WithScopeAsync(sp => sp.GetRequiredService<AppDbContext>().Teams.AsNoTracking()
            .Where(t => t.Name.StartsWith("Đội Cùng Lúc")).Select(t => t.PublicCode).ToListAsync());
        Assert.Equal(8, registrations.Count);
        Assert.Equal(8, codes.Distinct().Count());
        Assert.All(codes, c => Assert.Matches("^D4L23-\\d{3}$", c));
    }

    [Fact]
    public async Task A_code_already_used_by_another_edition_with_the_same_prefix_is_told_and_no_team_is_made()
    {
        var next = await factory.WithScopeAsync(async sp =>
        {
            var db = sp.GetRequiredService<AppDbContext>();
            var plan = await db.Editions.AsNoTracking().SingleAsync(e => e.Id == "2023");
            var sequence = (await db.Teams.Where(t => t.EditionId == "2023").MaxAsync(t => (int?)t.Sequence) ?? 0) + 1;
            var other = await factory.CreatePersonAsync("ma-trung@example.vn", "Trần Mã Trùng");
            db.Editions.Add(Edition.Create("2099", plan.Definition, DateTime.UtcNow));
            db.Teams.Add(Team.Register("2099", sequence, plan.Definition.PublicCodePrefix, "Đội Năm Khác", "Ý tưởng", ["society"], "Tóm tắt.", other.Id, null, DateTime.UtcNow));
            await db.SaveChangesAsync();
            return $"{plan.Definition.PublicCodePrefix}-{sequence:000}";
        });
        await factory.CreatePersonAsync("bi-trung@example.vn", "Lê Bị Trùng");
        var client = factory.CreateBrowserLikeClient();
        await client.SignInAsync("bi-trung@example.vn");

        var response = await client.PostFormAsync("/team", [
            new("Input.Name", "Đội Bị Trùng Mã"), new("Input.IdeaName", "Ứng dụng"), new("Input.Categories", "society"),
            new("Input.Abstract", "Một sản phẩm dữ liệu phục vụ người dân.")], "/team?handler=Create");

        var page = await response.Content.ReadAsStringAsync();
        var made = await factory.WithScopeAsync(sp => sp.GetRequiredService<AppDbContext>().Teams.AnyAsync(t => t.Name == "Đội Bị Trùng Mã"));
        // The other edition goes, so that the class's other tests number their teams freely.
        await factory.WithScopeAsync(async sp =>
        {
            var db = sp.GetRequiredService<AppDbContext>();
            await db.TeamMembers.Where(m => m.EditionId == "2099").ExecuteDeleteAsync();
            await db.Teams.Where(t => t.EditionId == "2099").ExecuteDeleteAsync();
            return await db.Editions.Where(e => e.Id == "2099").ExecuteDeleteAsync();
        });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains($"Chưa cấp được mã đội (mã {next} đã được dùng ở một mùa thi khác", page, StringComparison.Ordinal);
        Assert.False(made);
    }
}
