namespace DataForLife.Web.Domain.Voting;

/// <summary>Where a vote came from: our own page (a verified reader) or a partner's server.</summary>
public enum VoteSource
{
    Web,
    Partner,
}
