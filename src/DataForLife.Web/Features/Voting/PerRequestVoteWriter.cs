using DataForLife.Web.Data;
using DataForLife.Web.Domain.Voting;
using Microsoft.EntityFrameworkCore;

namespace DataForLife.Web.Features.Voting;

/// <summary>
/// The straightforward writer: each vote in its own EF Core SaveChanges (its own transaction and commit). Kept as the
/// comparison for the group-commit writer (<c>Voting:Writer=PerRequest</c>); correct, only slower under load.
/// </summary>
public sealed class PerRequestVoteWriter(IServiceScopeFactory scopes) : IVoteWriter
{
    public async Task<VoteOutcome> WriteAsync(VoteBallot ballot, CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        db.Votes.Add(new Vote
        {
            EditionId = ballot.EditionId, TeamId = ballot.TeamId, VoterKey = ballot.VoterKey, Day = ballot.Day, Source = ballot.Source,
            PartnerKeyId = ballot.PartnerKeyId, Network = ballot.Network, UserAgent = ballot.UserAgent, CastAtUtc = ballot.CastAtUtc,
            Minute = VoteKeys.Minute(ballot.CastAtUtc),
        });
        try
        {
            await db.SaveChangesAsync(CancellationToken.None);
            return VoteOutcome.Counted;
        }
        catch (DbUpdateException)
        {
            db.ChangeTracker.Clear();
            if (await db.Votes.AnyAsync(v => v.EditionId == ballot.EditionId && v.TeamId == ballot.TeamId && v.VoterKey == ballot.VoterKey && v.Day == ballot.Day, CancellationToken.None))
            {
                return VoteOutcome.AlreadyCounted;
            }

            throw;
        }
    }
}
