namespace DataForLife.Web.Features.Voting.Review;

/// <summary>
/// Consecutive minutes in which one entry received at least <see cref="Threshold"/> counted votes a minute, against the
/// entry's own <see cref="Median"/> votes per active minute over <see cref="ActiveMinutes"/> minutes.
/// </summary>
public sealed record BurstFinding(int TeamId, int FromMinute, int ToMinute, int Votes, int Peak, double Median, int ActiveMinutes, int Threshold, int Networks)
{
    public VoteFilter Filter => new(TeamId: TeamId, FromMinute: FromMinute, ToMinute: ToMinute);
}
