using DataForLife.Web.Domain.Voting;

namespace DataForLife.Web.Features.Voting.Review;

/// <summary>
/// A network or a user agent shared by many distinct web voters, most of whom voted for the same entry: the numbers
/// that flag it (<see cref="Voters"/>, <see cref="TopTeamVoters"/>) and those that help judge it.
/// </summary>
public sealed record CrowdFinding(string Key, int Voters, int Votes, int Entries, int TopTeamId, int TopTeamVoters, int FirstMinute, int LastMinute)
{
    /// <summary>The share of this crowd's voters who voted for its most chosen entry.</summary>
    public double Reach => Voters == 0 ? 0 : (double)TopTeamVoters / Voters;

    public VoteFilter NetworkFilter => new(Network: Key, Source: VoteSource.Web);

    public VoteFilter UserAgentFilter => new(UserAgent: Key, Source: VoteSource.Web);
}
