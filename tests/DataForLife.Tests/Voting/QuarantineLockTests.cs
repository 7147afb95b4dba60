using DataForLife.Tests.Support;
using DataForLife.Web.Data;
using DataForLife.Web.Domain.Judging;
using DataForLife.Web.Features.Audit;
using DataForLife.Web.Features.Voting;
using DataForLife.Web.Features.Voting.Review;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace DataForLife.Tests.Voting;

/// <summary>
/// A round that adds the vote bonus is published from its ranking to its commit under the audit log's lock; quarantines
/// and releases of votes decide under the same lock, so none can slip between the bonus computed and the bonus published.
/// </summary>
[Trait("Category", "Integration")]
public sealed class QuarantineLockTests
{
    [Fact]
    public async Task A_quarantine_asked_while_a_round_with_the_bonus_is_being_published_waits_for_it_and_is_then_refused()
    {
        await using var factory = new VotingFactory();
        await factory.InitializeAsync();
        var entries = await factory.OpenVotingAsync();
        var team = await factory.WithScopeAsync(async sp => (await sp.GetRequiredService<VotingCatalog>().FindAsync("2023", CancellationToken.None))!.TeamByCode[entries[0]]);
        var organiser = (await factory.CreateUserAsync("btc-khoa@c06.gov.vn", role: Web.Domain.Accounts.Roles.Organizer)).Id;

        // A publication in progress: its transaction holds the lock until the test lets it commit.
        using var publishing = factory.Services.CreateScope();
        var db = publishing.ServiceProvider.GetRequiredService<AppDbContext>();
        var inside = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var commit = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var publication = publishing.ServiceProvider.GetRequiredService<AuditLog>().InTransactionAsync<object?>(async ct =>
        {
            db.RoundPublications.Add(new RoundPublication
            {
                EditionId = "2023", RoundCode = "round2", StandingsJson = "[]", Hash = "-", PublishedByUserId = organiser, PublishedAtUtc = factory.Clock.GetUtcNow().UtcDateTime,
            });
            await db.SaveChangesAsync(ct);
            inside.SetResult();
            await commit.Task;
            return new object();
        });
        await inside.Task;

        var quarantine = factory.WithScopeAsync(sp => sp.GetRequiredService<VoteQuarantines>()
            .QuarantineAsync("2023", new VoteFilter(TeamId: team), "phiếu đáng ngờ", "test", CancellationToken.None));
        await Task.WhenAny(quarantine, Task.Delay(TimeSpan.FromMilliseconds(300)));
        Assert.False(quarantine.IsCompleted, "The quarantine decided while a publication held the lock.");

        commit.SetResult();
        await publication;

        Assert.Equal(QuarantineOutcome.BonusPublished, (await quarantine).Outcome);
        Assert.False(await factory.WithScopeAsync(sp => sp.GetRequiredService<AppDbContext>().VoteQuarantines.AnyAsync()));
        Assert.False(await factory.WithScopeAsync(sp => sp.GetRequiredService<AppDbContext>().Votes.AnyAsync(v => v.QuarantineId != null)));
    }
}
