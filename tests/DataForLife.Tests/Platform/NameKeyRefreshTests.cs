using DataForLife.Tests.Support;
using DataForLife.Web.Data;
using DataForLife.Web.Domain;
using DataForLife.Web.Domain.Registration;
using DataForLife.Web.Domain.Roster;
using DataForLife.Web.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace DataForLife.Tests.Platform;

/// <summary>
/// Search keys stored under older folding rules are computed again once, at start: a person found by name, a staff
/// member matched against people, teams kept unique by name; a team whose name now folds to another team's key keeps
/// its older one.
/// </summary>
[Trait("Category", "Integration")]
public sealed class NameKeyRefreshTests(RegistrationFactory factory) : IClassFixture<RegistrationFactory>
{
    [Fact]
    public async Task Keys_from_older_rules_are_computed_again_once_and_a_team_whose_new_key_is_taken_keeps_its_own()
    {
        var person = await factory.CreatePersonAsync("khoa-cu@example.vn", "Lê Thị Khóa");
        var (_, first) = await factory.RegisterTeamAsync("khoa-doi1@example.vn", "Đội Mây Trắng");
        var (_, second) = await factory.RegisterTeamAsync("khoa-doi2@example.vn", "Đội Mây Xanh");
        var (_, third) = await factory.RegisterTeamAsync("khoa-doi3@example.vn", "Đội Gió Lào");

        // The platform's start ran the refresh: the version done is stored.
        Assert.Equal(VietnameseText.FoldVersion.ToString(System.Globalization.CultureInfo.InvariantCulture),
            (await ReadKeysAsync(person.Id, null, first, second, third)).Version);
        int staffId = await factory.WithScopeAsync(async sp =>
        {
            var db = sp.GetRequiredService<AppDbContext>();
            var staff = new StaffMember { EditionId = "2023", Body = StaffBody.Jury, FullName = "Trần Văn Bình", NameKey = "tran van binh" };
            db.StaffMembers.Add(staff);
            await db.SaveChangesAsync();
            return staff.Id;
        });

        // As an older version stored them: keys written by rules that kept a control character, or since replaced.
        // The first team's name held a bell character: it now folds like the second team's key, which it cannot take;
        // the third team's did too, and its new key is free.
        await factory.WithScopeAsync(async sp =>
        {
            var db = sp.GetRequiredService<AppDbContext>();
            await db.Database.ExecuteSqlRawAsync("""UPDATE "Profiles" SET "NameKey" = 'le thi khoa (cu)', "OrganisationKey" = 'bach khoa (cu)' WHERE "UserId" = {0}""", person.Id);
            await db.Database.ExecuteSqlRawAsync("""UPDATE "StaffMembers" SET "NameKey" = 'binh (cu)' WHERE "Id" = {0}""", staffId);
            await db.Database.ExecuteSqlRawAsync("""UPDATE "Teams" SET "Name" = {1}, "NameKey" = {2} WHERE "Id" = {0}""", first, "Đội Mây\u0007Trắng", "doi may\u0007trang");
            await db.Database.ExecuteSqlRawAsync("""UPDATE "Teams" SET "Name" = 'Đội MâyTrắng', "NameKey" = 'doi maytrang' WHERE "Id" = {0}""", second);
            await db.Database.ExecuteSqlRawAsync("""UPDATE "Teams" SET "Name" = {1}, "NameKey" = {2} WHERE "Id" = {0}""", third, "Đội Gió\u0007Lào", "doi gio\u0007lao");
            await db.Database.ExecuteSqlRawAsync("""UPDATE "SiteSettings" SET "Value" = '1' WHERE "Key" = {0}""", NameKeyRefresh.SettingKey);
        });

        await factory.WithScopeAsync(sp => sp.GetRequiredService<NameKeyRefresh>().RunAsync());

        var keys = await ReadKeysAsync(person.Id, staffId, first, second, third);
        Assert.Equal("le thi khoa", keys.Profile);
        Assert.Equal("dai hoc bach khoa ha noi", keys.Organisation);
        Assert.Equal("doi giolao", keys.Third);
        Assert.Equal("tran van binh", keys.Staff);
        Assert.Equal("doi may\u0007trang", keys.First);
        Assert.Equal("doi maytrang", keys.Second);
        Assert.Equal(VietnameseText.FoldVersion.ToString(System.Globalization.CultureInfo.InvariantCulture), keys.Version);

        // Done once: a key changed by hand afterwards stays until the rules change again.
        await factory.WithScopeAsync(sp => sp.GetRequiredService<AppDbContext>().Database
            .ExecuteSqlRawAsync("""UPDATE "Profiles" SET "NameKey" = 'by hand' WHERE "UserId" = {0}""", person.Id));
        await factory.WithScopeAsync(sp => sp.GetRequiredService<NameKeyRefresh>().RunAsync());
        Assert.Equal("by hand", (await ReadKeysAsync(person.Id, staffId, first, second, third)).Profile);
    }

    [Fact]
    public async Task A_staff_member_whose_key_now_matches_a_team_member_has_the_team_decided_again()
    {
        var (_, team) = await factory.RegisterTeamAsync("khoa-kiem@example.vn", "Đội Kiểm Lại", leaderName: "Võ Thị Kiểm");
        Assert.Equal(EligibilityStatus.Eligible, await StatusAsync(team));

        // A jury member with the leader's name and birth date, whose key an older version stored differently.
        await factory.WithScopeAsync(async sp =>
        {
            var db = sp.GetRequiredService<AppDbContext>();
            db.StaffMembers.Add(new StaffMember
            {
                EditionId = "2023", Body = StaffBody.Jury, FullName = "Võ Thị Kiểm", NameKey = "vo thi kiem (cu)", DateOfBirth = new DateOnly(2001, 4, 30),
            });
            await db.SaveChangesAsync();
            await db.Database.ExecuteSqlRawAsync("""UPDATE "SiteSettings" SET "Value" = '1' WHERE "Key" = {0}""", NameKeyRefresh.SettingKey);
        });
        Assert.Equal(EligibilityStatus.Eligible, await StatusAsync(team));

        await factory.WithScopeAsync(sp => sp.GetRequiredService<NameKeyRefresh>().RunAsync());

        Assert.NotEqual(EligibilityStatus.Eligible, await StatusAsync(team));
    }

    private Task<EligibilityStatus> StatusAsync(int teamId) =>
        factory.WithScopeAsync(sp => sp.GetRequiredService<AppDbContext>().Teams.AsNoTracking().Where(t => t.Id == teamId).Select(t => t.Status).SingleAsync());

    private Task<(string Profile, string Organisation, string? Staff, string First, string Second, string Third, string? Version)> ReadKeysAsync(
        string userId, int? staffId, int first, int second, int third) =>
        factory.WithScopeAsync(async sp =>
        {
            var db = sp.GetRequiredService<AppDbContext>();
            var teams = await db.Teams.AsNoTracking().Where(t => t.Id == first || t.Id == second || t.Id == third).ToDictionaryAsync(t => t.Id, t => t.NameKey);
            var profile = await db.Profiles.AsNoTracking().Where(p => p.UserId == userId).SingleAsync();
            return (profile.NameKey, profile.OrganisationKey,
                await db.StaffMembers.AsNoTracking().Where(s => s.Id == staffId).Select(s => s.NameKey).SingleOrDefaultAsync(),
                teams[first], teams[second], teams[third],
                (await db.SiteSettings.AsNoTracking().SingleOrDefaultAsync(s => s.Key == NameKeyRefresh.SettingKey))?.Value);
        });
}
