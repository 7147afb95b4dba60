namespace DataForLife.Web.Features.Voting.Review;

/// <summary>
/// One entry's votes as organisers see them: counted (split by source), quarantined, the bonus the counted votes give
/// now, and counted votes per hour from <see cref="LiveCountsView.FirstHour"/>.
/// </summary>
public sealed record EntryCount(int TeamId, string Code, string Name, int Counted, int Quarantined, int Web, int Partner, double Bonus, IReadOnlyList<int> Hourly)
{
    public int Peak => Hourly.Count == 0 ? 0 : Hourly.Max();
}
