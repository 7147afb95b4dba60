namespace DataForLife.Web.Features.Voting.Review;

/// <summary>
/// When the review flags a pattern, and the arithmetic behind it; docs/voting-review.md gives the reasons for each figure.
/// </summary>
public static class ReviewThresholds
{
    /// <summary>A minute of one entry is a burst with at least this many votes, whatever its baseline.</summary>
    public const int BurstFloor = 20;

    /// <summary>... and at least this many times the entry's median votes per active minute.</summary>
    public const int BurstFactor = 5;

    /// <summary>A network or user agent is flagged with at least this many distinct web voters ...</summary>
    public const int CrowdVoters = 50;

    /// <summary>... of whom at least this share voted for one and the same entry.</summary>
    public const double CrowdReach = 0.5;

    /// <summary>A partner key's minute is a peak with at least this many votes (one a second) ...</summary>
    public const int PartnerFloor = 60;

    /// <summary>... and at least this many times the key's mean votes per active minute.</summary>
    public const int PartnerFactor = 5;

    /// <summary>At most this many findings of each kind are shown, the largest first.</summary>
    public const int MaxFindings = 50;

    public static int BurstThreshold(double median) => Math.Max(BurstFloor, (int)Math.Ceiling(BurstFactor * median));

    public static int PartnerThreshold(double mean) => Math.Max(PartnerFloor, (int)Math.Ceiling(PartnerFactor * mean));

    public static bool IsCrowd(int voters, int topEntryVoters) => voters >= CrowdVoters && topEntryVoters >= CrowdReach * voters;

    /// <summary>The median of values given as a histogram (value, how many times), or 0 for none.</summary>
    public static double Median(IEnumerable<(int Value, int Times)> histogram)
    {
        var sorted = histogram.Where(h => h.Times > 0).OrderBy(h => h.Value).ToList();
        long total = sorted.Sum(h => (long)h.Times);
        if (total == 0)
        {
            return 0;
        }

        // The two middle positions (equal when the total is odd), counted from 0.
        var (low, high) = ((total - 1) / 2, total / 2);
        int? lowValue = null;
        long seen = 0;
        foreach (var (value, times) in sorted)
        {
            seen += times;
            if (lowValue is null && seen > low)
            {
                lowValue = value;
            }

            if (seen > high)
            {
                return (lowValue!.Value + value) / 2.0;
            }
        }

        return lowValue ?? 0;
    }

    /// <summary>Consecutive minutes joined into runs: (first, last, total votes, the busiest minute's votes).</summary>
    public static IReadOnlyList<(int From, int To, int Votes, int Peak)> Runs(IEnumerable<(int Minute, int Votes)> minutes)
    {
        var runs = new List<(int From, int To, int Votes, int Peak)>();
        foreach (var (minute, votes) in minutes.OrderBy(m => m.Minute))
        {
            if (runs.Count > 0 && runs[^1].To == minute - 1)
            {
                var last = runs[^1];
                runs[^1] = (last.From, minute, last.Votes + votes, Math.Max(last.Peak, votes));
            }
            else
            {
                runs.Add((minute, minute, votes, votes));
            }
        }

        return runs;
    }
}
