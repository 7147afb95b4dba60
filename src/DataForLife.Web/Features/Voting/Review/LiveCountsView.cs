using DataForLife.Web.Domain.Voting;

namespace DataForLife.Web.Features.Voting.Review;

/// <summary>Every entry's counts at <see cref="AsOfUtc"/>, most votes first; hours are counted from the Unix epoch.</summary>
public sealed record LiveCountsView(VotingState State, IReadOnlyList<EntryCount> Entries, int FirstHour, IReadOnlyList<int> TotalHourly, DateTime AsOfUtc)
{
    public int Most => Entries.Count == 0 ? 0 : Entries.Max(e => e.Counted);

    public int Counted => Entries.Sum(e => e.Counted);

    public int Quarantined => Entries.Sum(e => e.Quarantined);

    public DateTime HourStartUtc(int index) => VoteKeys.FromMinute((FirstHour + index) * 60);
}
