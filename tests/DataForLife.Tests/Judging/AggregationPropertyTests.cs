using DataForLife.Web.Domain.Editions;
using DataForLife.Web.Domain.Judging;
using FsCheck.Xunit;

namespace DataForLife.Tests.Judging;

/// <summary>Properties that must hold for every round, checked on many generated rounds.</summary>
public sealed class AggregationPropertyTests
{
    [Property(MaxTest = 200)]
    public bool The_order_in_which_judges_and_sheets_arrive_does_not_change_the_result(int seed, bool calibrate)
    {
        var input = Scenario.Round(seed, calibrate ? Calibration.ZScore : Calibration.Raw);
        var random = new Random(seed ^ 0x5bd1e995);
        var shuffled = input with { Sheets = [.. input.Sheets.OrderBy(_ => random.Next())] };

        // The shuffle must move something when there is something to move, or the property would prove nothing.
        var moved = input.Sheets.Count < 2 || !input.Sheets.SequenceEqual(shuffled.Sheets) || input.Sheets.Distinct().Count() < 2;
        return moved && ScoreAggregation.Rank(input).Standings.SequenceEqual(ScoreAggregation.Rank(shuffled).Standings);
    }

    [Property(MaxTest = 200)]
    public bool A_conflicted_judges_score_never_counts(int seed, bool calibrate)
    {
        var input = Scenario.Round(seed, calibrate ? Calibration.ZScore : Calibration.Raw);
        var random = new Random(seed);
        var conflicted = input.Sheets.Where(_ => random.NextDouble() < 0.2).Select(s => (s.JudgeId, s.EntryId)).ToHashSet();

        // Counting a conflicted sheet at all, or in any other way, would make these two differ.
        var withConflicts = ScoreAggregation.Rank(input with { Conflicts = conflicted });
        var withoutTheirSheets = ScoreAggregation.Rank(input with { Sheets = [.. input.Sheets.Where(s => !conflicted.Contains((s.JudgeId, s.EntryId)))] });
        var tampered = ScoreAggregation.Rank(input with
        {
            Conflicts = conflicted,
            Sheets = [.. input.Sheets.Select(s => conflicted.Contains((s.JudgeId, s.EntryId)) ? s with { Scores = Scenario.Criteria.ToDictionary(c => c.Code, c => (double)c.ScaleMax) } : s)],
        });

        return withConflicts.Standings.SequenceEqual(withoutTheirSheets.Standings) && withConflicts.Standings.SequenceEqual(tampered.Standings);
    }

    [Property(MaxTest = 300)]
    public bool Z_score_calibration_keeps_each_judges_own_ordering(int seed, byte count)
    {
        var random = new Random(seed);
        var totals = Enumerable.Range(0, 2 + (count % 30)).Select(_ => Math.Round(random.NextDouble() * 100, 2)).ToList();

        var calibrated = ScoreAggregation.Calibrated(totals);

        if (totals.Distinct().Count() == 1)
        {
            return calibrated.All(c => c is null);
        }

        return totals.SelectMany((a, i) => totals.Select((b, k) => (a, b, ca: calibrated[i]!.Value, cb: calibrated[k]!.Value)))
            .All(p => p.a > p.b ? p.ca >= p.cb : p.a == p.b ? p.ca == p.cb : p.ca <= p.cb);
    }

    [Property(MaxTest = 200)]
    public bool Adding_a_judge_who_gives_everyone_the_same_score_does_not_change_the_calibrated_ranking(int seed, byte score)
    {
        var input = Scenario.Round(seed, Calibration.ZScore);
        var flat = Scenario.Criteria.ToDictionary(c => c.Code, c => (double)(score % (c.ScaleMax + 1)));
        var withFlatJudge = input with { Sheets = [.. input.Sheets, .. input.Entries.Select(e => new SheetScores("judge-flat", e, flat))] };

        return Scenario.Order(ScoreAggregation.Rank(input)).SequenceEqual(Scenario.Order(ScoreAggregation.Rank(withFlatJudge)));
    }

    [Property(MaxTest = 200)]
    public bool Ranks_run_from_one_and_a_higher_total_never_ranks_below_a_lower_one(int seed, bool calibrate)
    {
        var ranking = ScoreAggregation.Rank(Scenario.Round(seed, calibrate ? Calibration.ZScore : Calibration.Raw));

        return ranking.Standings[0].Rank == 1
            && ranking.Standings.Zip(ranking.Standings.Skip(1)).All(p => p.First.Total >= p.Second.Total && p.First.Rank <= p.Second.Rank);
    }
}
