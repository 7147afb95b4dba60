namespace DataForLife.Web.Features.Voting.Review;

/// <summary>
/// Consecutive minutes in which a partner key sent at least <see cref="Threshold"/> counted votes a minute, against its
/// own <see cref="Mean"/> per active minute, with the entry that received most of them.
/// </summary>
public sealed record PartnerPeakFinding(int PartnerKeyId, int FromMinute, int ToMinute, int Votes, int Peak, double Mean, int ActiveMinutes, int Threshold,
    int TopTeamId, int TopTeamVotes)
{
    public VoteFilter Filter => new(PartnerKeyId: PartnerKeyId, FromMinute: FromMinute, ToMinute: ToMinute);
}
