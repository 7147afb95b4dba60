using DataForLife.Web.Data;
using DataForLife.Web.Domain;
using DataForLife.Web.Domain.Judging;
using DataForLife.Web.Domain.Roster;
using DataForLife.Web.Features.Judging;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace DataForLife.Tests.Support;

/// <summary>
/// The 2023 edition with its TOP 10 published: demo teams with dossiers, rounds 1 and 2 published as judged (their
/// standings written as the publisher stores them), and the clock in the mentoring window (10 October 2023).
/// </summary>
public static class FinalSetup
{
    public static readonly DateTimeOffset InMentoring = EditionSamples.Vietnam(2023, 10, 10, 9);

    /// <summary>The first morning of the final's window (23 November 2023, 08:00 Viet Nam time).</summary>
    public static readonly DateTimeOffset FinalMorning = EditionSamples.Vietnam(2023, 11, 23, 8);

    public const string Organiser = "btc-chungket@c06.gov.vn";

    /// <returns>The finalists' team ids, in their round 2 order.</returns>
    public static async Task<IReadOnlyList<int>> PublishFinalistsAsync(this JudgingFactory factory, int teams = 16)
    {
        await factory.SeedAsync(teams, intoRound1: false);
        var round1 = await factory.RoundAsync("round1");
        var entries = await factory.WithScopeAsync(async sp => await sp.GetRequiredService<RoundEntries>().ForAsync(round1, CancellationToken.None));
        Assert.True(entries.Count >= 10, $"only {entries.Count} dossiers");
        await factory.WithScopeAsync(async sp =>
        {
            var db = sp.GetRequiredService<AppDbContext>();
            db.RoundPublications.Add(Publication("round1", entries));
            db.RoundPublications.Add(Publication("round2", entries));
            await db.SaveChangesAsync();
        });
        factory.Clock.SetUtcNow(InMentoring);
        await factory.CreateUserAsync(Organiser, role: Web.Domain.Accounts.Roles.Organizer, displayName: "Vũ Thị Chung Kết");
        return [.. entries.Take(10)];
    }

    /// <summary>A mentor on the 2023 roster (no account yet), with expertise tags and a capacity.</summary>
    public static Task<int> AddMentorAsync(this PlatformFactory factory, string name, string? email, string organisation, string tags, int capacity = 1) =>
        factory.WithScopeAsync(async sp =>
        {
            var db = sp.GetRequiredService<AppDbContext>();
            var mentor = new StaffMember
            {
                EditionId = "2023", Body = StaffBody.Mentors, FullName = name, NameKey = VietnameseText.Fold(name), Email = email, Organisation = organisation,
                Expertise = tags, MentorCapacity = capacity, AddedAtUtc = DateTime.UtcNow,
            };
            db.StaffMembers.Add(mentor);
            await db.SaveChangesAsync();
            return mentor.Id;
        });

    /// <summary>The organisation (as typed) of one member of the team.</summary>
    public static Task<string> OrganisationOfAsync(this PlatformFactory factory, int teamId) => factory.WithScopeAsync(async sp =>
    {
        var db = sp.GetRequiredService<AppDbContext>();
        var member = await db.TeamMembers.Where(m => m.TeamId == teamId).Select(m => m.UserId).FirstAsync();
        return await db.Profiles.Where(p => p.UserId == member).Select(p => p.Organisation).FirstAsync();
    });

    private static RoundPublication Publication(string round, IReadOnlyList<int> teams)
    {
        var standings = teams.Select((id, i) => new EntryStanding(id, i + 1, 90 - i, 90 - i, 90 - i, 0, 90 - i, 3, 3, false, false)).ToList();
        var json = System.Text.Json.JsonSerializer.Serialize(standings);
        return new RoundPublication
        {
            EditionId = "2023", RoundCode = round, StandingsJson = json, PublishedByUserId = "test", PublishedAtUtc = DateTime.UtcNow,
            Hash = Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(System.Text.Encoding.UTF8.GetBytes(json))),
        };
    }
}
