using DataForLife.Web.Domain.Voting;

namespace DataForLife.Web.Features.Voting;

/// <summary>A vote as it is handed to the writer: everything the row needs, already checked.</summary>
public sealed record VoteBallot(string EditionId, int TeamId, string VoterKey, int Day, VoteSource Source, int? PartnerKeyId, string Network,
    string UserAgent, DateTime CastAtUtc);

/// <summary>What became of a vote: newly counted, or the same vote was already there (nothing changed).</summary>
public enum VoteOutcome
{
    Counted,
    AlreadyCounted,
}

/// <summary>Writes votes; a vote's task completes only once the vote is committed (or was already there).</summary>
public interface IVoteWriter
{
    Task<VoteOutcome> WriteAsync(VoteBallot ballot, CancellationToken cancellationToken);
}
