using DataForLife.Web.Domain.Editions;

namespace DataForLife.Web.Domain.Judging;

/// <summary>
/// How a round's scores become its ranking; the one place these rules live.
/// <list type="number">
/// <item>A judge's total is the weighted sum of the criteria, each scaled to its maximum, on 0..100.</item>
/// <item>Calibration: raw totals as given, or each judge's totals standardised (z = (t − judge mean) / judge spread) and
/// mapped to 0..100 by the normal distribution, so a harsh judge and a lenient one weigh the same. A judge who gives
/// every entry the same total says nothing about their order and is left out of calibrated means; an entry with no
/// other judge gets the neutral 50.</item>
/// <item>An entry's judge score is the mean of its judges' totals (weighted by panel when the round weights groups);
/// conflicted judges never count. The round total adds the vote bonus where the round takes it.</item>
/// <item>Entries are ranked by total, then by the edition's tie-breaks. Entries still equal across a boundary (the
/// quota, a prize line) are tied until the head of the jury orders them with a reason: never by id or by chance.</item>
/// </list>
/// Sheets are put in a fixed order before any sum, so the order they arrive in never changes a figure.
/// </summary>
public static class ScoreAggregation
{
    public const int Digits = 6;
    public const double Neutral = 50;

    public static double JudgeTotal(IReadOnlyList<Criterion> criteria, IReadOnlyDictionary<string, double> scores)
    {
        double weights = 0, sum = 0;
        foreach (var criterion in criteria.OrderBy(c => c.Code, StringComparer.Ordinal))
        {
            sum += criterion.Weight * (scores.GetValueOrDefault(criterion.Code) / criterion.ScaleMax);
            weights += criterion.Weight;
        }

        return weights <= 0 ? 0 : Math.Round(100 * sum / weights, Digits);
    }

    /// <summary>Every criterion scored, each a number from 0 to its maximum, nothing else.</summary>
    public static bool IsComplete(IReadOnlyList<Criterion> criteria, IReadOnlyDictionary<string, double> scores) =>
        criteria.All(c => scores.TryGetValue(c.Code, out var s) && double.IsFinite(s) && s >= 0 && s <= c.ScaleMax)
        && scores.Keys.All(k => criteria.Any(c => c.Code == k));

    public static RoundRanking Rank(RankingInput input)
    {
        var entries = input.Entries.ToHashSet();
        var sheets = input.Sheets
            .Where(s => entries.Contains(s.EntryId) && !input.Conflicts.Contains((s.JudgeId, s.EntryId)))
            .DistinctBy(s => (s.JudgeId, s.EntryId))
            .OrderBy(s => s.JudgeId, StringComparer.Ordinal).ThenBy(s => s.EntryId)
            .Select(s => (s.JudgeId, s.EntryId, Total: JudgeTotal(input.Criteria, s.Scores)))
            .ToList();
        var judges = sheets.GroupBy(s => s.JudgeId).Select(g => Statistics(g.Key, input.Panels.GetValueOrDefault(g.Key, string.Empty), [.. g.Select(s => s.Total)])).ToList();
        var byJudge = judges.ToDictionary(j => j.JudgeId);
        var calibrated = sheets.Select(s => (s.JudgeId, s.EntryId, s.Total, Calibrated: Calibrate(s.Total, byJudge[s.JudgeId]))).ToList();
        var topN = JudgesTopN(sheets, input.Quota);

        var standings = input.Entries.Distinct().Order().Select(entry =>
        {
            var mine = calibrated.Where(s => s.EntryId == entry).ToList();
            var raw = Mean(mine.Select(s => (s.Total, Weight(input, s.JudgeId))));
            var informative = mine.Where(s => s.Calibrated is not null).Select(s => (s.Calibrated!.Value, Weight(input, s.JudgeId))).ToList();
            var cal = mine.Count == 0 ? 0 : informative.Count == 0 ? Neutral : Mean(informative);
            var used = input.Calibration == Calibration.ZScore ? cal : raw;
            var bonus = input.Bonus?.GetValueOrDefault(entry) ?? 0;
            return new EntryStanding(entry, 0, raw, cal, used, bonus, Math.Round(used + bonus, Digits), mine.Count, topN.GetValueOrDefault(entry), false, false);
        }).ToList();

        var (ranked, unresolved) = Order(standings, input);
        var panelMeans = judges.Where(j => j.Panel.Length > 0).GroupBy(j => j.Panel)
            .ToDictionary(g => g.Key, g => Math.Round(sheets.Where(s => g.Any(j => j.JudgeId == s.JudgeId)).Average(s => s.Total), Digits));
        return new RoundRanking(ranked, unresolved, judges, panelMeans);
    }

    private static (List<EntryStanding> Ranked, List<IReadOnlyList<int>> Unresolved) Order(List<EntryStanding> standings, RankingInput input)
    {
        var sorted = standings.OrderByDescending(s => s, Comparer<EntryStanding>.Create((a, b) => Compare(a, b, input.TieBreaks))).ThenBy(s => s.EntryId).ToList();
        var ranked = new List<EntryStanding>();
        var unresolved = new List<IReadOnlyList<int>>();
        var position = 1;
        for (var i = 0; i < sorted.Count;)
        {
            var group = sorted.Skip(i).TakeWhile(s => Compare(s, sorted[i], input.TieBreaks) == 0).ToList();
            var last = position + group.Count - 1;
            var straddles = group.Count > 1 && input.Boundaries.Any(b => b >= position && b < last);
            var decision = group.Count > 1 ? input.Decisions.FirstOrDefault(d => d.EntryIds.ToHashSet().SetEquals(group.Select(g => g.EntryId))) : null;
            if (decision is not null)
            {
                ranked.AddRange(decision.EntryIds.Select((id, k) => group.Single(g => g.EntryId == id) with { Rank = position + k, DecidedByHead = true }));
            }
            else
            {
                if (straddles)
                {
                    unresolved.Add([.. group.Select(g => g.EntryId)]);
                }

                ranked.AddRange(group.Select(g => g with { Rank = position, Tied = straddles }));
            }

            position += group.Count;
            i += group.Count;
        }

        return (ranked, unresolved);
    }

    /// <summary>Compares by total, then by each tie-break in turn; 0 means the rules cannot tell the two apart.</summary>
    private static int Compare(EntryStanding a, EntryStanding b, IReadOnlyList<TieBreak> tieBreaks)
    {
        var byTotal = a.Total.CompareTo(b.Total);
        if (byTotal != 0)
        {
            return byTotal;
        }

        foreach (var tieBreak in tieBreaks)
        {
            var by = tieBreak == TieBreak.JudgeScore ? Math.Round(a.JudgeScore, Digits).CompareTo(Math.Round(b.JudgeScore, Digits)) : a.JudgesTopN.CompareTo(b.JudgesTopN);
            if (by != 0)
            {
                return by;
            }
        }

        return 0;
    }

    /// <summary>For each entry, how many judges placed it within their own top N (ties with the N-th included).</summary>
    private static Dictionary<int, int> JudgesTopN(List<(string JudgeId, int EntryId, double Total)> sheets, int n)
    {
        var counts = new Dictionary<int, int>();
        foreach (var judge in sheets.GroupBy(s => s.JudgeId))
        {
            var totals = judge.Select(s => s.Total).OrderDescending().ToList();
            var threshold = totals[Math.Min(Math.Max(n, 1), totals.Count) - 1];
            foreach (var sheet in judge.Where(s => s.Total >= threshold))
            {
                counts[sheet.EntryId] = counts.GetValueOrDefault(sheet.EntryId) + 1;
            }
        }

        return counts;
    }

    private static JudgeStatistics Statistics(string judge, string panel, List<double> totals)
    {
        var mean = totals.Average();
        var spread = Math.Sqrt(totals.Sum(t => (t - mean) * (t - mean)) / totals.Count);
        return new JudgeStatistics(judge, panel, totals.Count, Math.Round(mean, Digits), Math.Round(spread, Digits));
    }

    /// <summary>One judge's totals after calibration (null for a judge who cannot be calibrated).</summary>
    public static IReadOnlyList<double?> Calibrated(IReadOnlyList<double> totals)
    {
        var judge = Statistics(string.Empty, string.Empty, [.. totals]);
        return [.. totals.Select(t => Calibrate(t, judge))];
    }

    private static double? Calibrate(double total, JudgeStatistics judge) =>
        judge.Sheets < 2 || judge.StandardDeviation < 1e-9 ? null : Math.Round(100 * NormalCdf((total - judge.Mean) / judge.StandardDeviation), Digits);

    private static double Weight(RankingInput input, string judge) =>
        input.PanelWeights.Count == 0 ? 1 : input.PanelWeights.GetValueOrDefault(input.Panels.GetValueOrDefault(judge, string.Empty), 1);

    private static double Mean(IEnumerable<(double Value, double Weight)> values)
    {
        double sum = 0, weights = 0;
        foreach (var (value, weight) in values.OrderBy(v => v.Value).ThenBy(v => v.Weight))
        {
            sum += value * weight;
            weights += weight;
        }

        return weights <= 0 ? 0 : Math.Round(sum / weights, Digits);
    }

    /// <summary>The standard normal distribution function (Abramowitz and Stegun 7.1.26; error below 1.5e-7), increasing in z.</summary>
    private static double NormalCdf(double z)
    {
        var x = Math.Abs(z) / Math.Sqrt(2);
        var t = 1 / (1 + 0.3275911 * x);
        var erf = 1 - (((((1.061405429 * t) - 1.453152027) * t + 1.421413741) * t - 0.284496736) * t + 0.254829592) * t * Math.Exp(-x * x);
        return z >= 0 ? 0.5 * (1 + erf) : 0.5 * (1 - erf);
    }
}
