using DataForLife.Web.Domain.Editions;
using DataForLife.Web.Domain.Judging;

namespace DataForLife.Tests.Judging;

public sealed class ScoreAggregationTests
{
    private static readonly IReadOnlyList<Criterion> Two =
    [
        new("a", new("A", "A"), new("", ""), 3, 10),
        new("b", new("B", "B"), new("", ""), 1, 5),
    ];

    private static SheetScores Sheet(string judge, int entry, double a, double b) => new(judge, entry, new Dictionary<string, double> { ["a"] = a, ["b"] = b });

    private static RankingInput Input(IEnumerable<SheetScores> sheets, int entries, int quota = 1, Calibration calibration = Calibration.Raw) =>
        new(Two, [.. sheets], [.. Enumerable.Range(1, entries)], new HashSet<(string, int)>(), calibration, quota, [quota], [TieBreak.JudgeScore, TieBreak.JudgesTopN]);

    [Fact]
    public void A_judges_total_is_the_weighted_sum_of_the_criteria_on_100_points()
    {
        // a: 8/10 weighs 3, b: 2/5 weighs 1 -> (3 x 0.8 + 1 x 0.4) / 4 = 0.7
        Assert.Equal(70, ScoreAggregation.JudgeTotal(Two, new Dictionary<string, double> { ["a"] = 8, ["b"] = 2 }));
        Assert.Equal(100, ScoreAggregation.JudgeTotal(Two, new Dictionary<string, double> { ["a"] = 10, ["b"] = 5 }));
        Assert.Equal(0, ScoreAggregation.JudgeTotal(Two, new Dictionary<string, double>()));
    }

    [Theory]
    [InlineData(11, 2, false)]
    [InlineData(-1, 2, false)]
    [InlineData(10, 5.5, false)]
    [InlineData(double.NaN, 2, false)]
    [InlineData(10, 5, true)]
    [InlineData(0, 0, true)]
    public void A_sheet_is_complete_only_with_every_criterion_within_its_scale(double a, double b, bool complete) =>
        Assert.Equal(complete, ScoreAggregation.IsComplete(Two, new Dictionary<string, double> { ["a"] = a, ["b"] = b }));

    [Fact]
    public void A_score_for_a_criterion_the_round_lacks_makes_the_sheet_incomplete() =>
        Assert.False(ScoreAggregation.IsComplete(Two, new Dictionary<string, double> { ["a"] = 1, ["b"] = 1, ["x"] = 1 }));

    [Fact]
    public void An_entrys_judge_score_is_the_mean_of_its_judges_totals()
    {
        var ranking = ScoreAggregation.Rank(Input([Sheet("j1", 1, 10, 5), Sheet("j2", 1, 5, 0), Sheet("j1", 2, 0, 0)], 2));

        var first = ranking.Standings.Single(s => s.EntryId == 1);
        Assert.Equal(68.75, first.RawScore);
        Assert.Equal(2, first.Judges);
        Assert.Equal(1, first.Rank);
    }

    [Fact]
    public void The_vote_bonus_is_added_where_the_round_takes_it_and_counts_as_zero_without_votes()
    {
        var sheets = new[] { Sheet("j1", 1, 8, 4), Sheet("j1", 2, 7, 4) };

        var withBonus = ScoreAggregation.Rank(Input(sheets, 2) with { Bonus = new Dictionary<int, double> { [2] = 10 } });
        var noVotes = ScoreAggregation.Rank(Input(sheets, 2));

        Assert.Equal(2, withBonus.Standings[0].EntryId);
        Assert.Equal(10, withBonus.Standings[0].Bonus);
        Assert.Equal(withBonus.Standings[0].JudgeScore + 10, withBonus.Standings[0].Total);
        Assert.Equal(1, noVotes.Standings[0].EntryId);
        Assert.All(noVotes.Standings, s => Assert.Equal(0, s.Bonus));
    }

    [Fact]
    public void Calibration_makes_a_harsh_judge_and_a_lenient_one_weigh_the_same()
    {
        // The harsh judge prefers entry 1 as much, in their own terms, as the lenient judge prefers entry 2.
        var sheets = new[]
        {
            Sheet("harsh", 1, 3, 1), Sheet("harsh", 2, 1, 1), Sheet("harsh", 3, 2, 1),
            Sheet("lenient", 1, 6, 5), Sheet("lenient", 2, 10, 5), Sheet("lenient", 3, 8, 5),
        };

        var raw = ScoreAggregation.Rank(Input(sheets, 3, calibration: Calibration.Raw));
        var calibrated = ScoreAggregation.Rank(Input(sheets, 3, calibration: Calibration.ZScore));

        // Raw means favour the lenient judge's choice; calibrated, the two preferences cancel out.
        Assert.Equal(2, raw.Standings[0].EntryId);
        Assert.Equal(56.25, raw.Standings[0].RawScore);
        Assert.All(calibrated.Standings, s => Assert.Equal(50, s.CalibratedScore, 4));
        Assert.Equal([20, 85], calibrated.Judges.OrderBy(j => j.Mean).Select(j => Math.Round(j.Mean, 2)));
    }

    [Fact]
    public void A_tie_across_the_cut_off_is_flagged_for_the_head_and_a_tie_inside_it_is_not()
    {
        var sheets = new[] { Sheet("j1", 1, 9, 5), Sheet("j1", 2, 5, 5), Sheet("j1", 3, 5, 5), Sheet("j1", 4, 1, 1) };

        var atCutOff = ScoreAggregation.Rank(Input(sheets, 4, quota: 2));
        var inside = ScoreAggregation.Rank(Input(sheets, 4, quota: 3));

        Assert.Equal([2, 3], Assert.Single(atCutOff.UnresolvedTies));
        Assert.True(atCutOff.Standings.Where(s => s.EntryId is 2 or 3).All(s => s.Tied && s.Rank == 2));
        Assert.Empty(inside.UnresolvedTies);
    }

    [Fact]
    public void The_heads_written_order_resolves_a_tie()
    {
        var sheets = new[] { Sheet("j1", 1, 9, 5), Sheet("j1", 2, 5, 5), Sheet("j1", 3, 5, 5) };

        var ranking = ScoreAggregation.Rank(Input(sheets, 3, quota: 2) with { Decisions = [new TieOrder([3, 2], "Ứng dụng thực tế rõ hơn")] });

        Assert.Empty(ranking.UnresolvedTies);
        Assert.Equal([1, 3, 2], Scenario.Order(ranking));
        Assert.Equal([1, 2, 3], ranking.Standings.Select(s => s.Rank));
        Assert.True(ranking.Standings[1].DecidedByHead);
    }

    [Fact]
    public void Equal_totals_are_told_apart_by_the_judge_score_before_the_bonus()
    {
        var sheets = new[] { Sheet("j1", 1, 8, 5), Sheet("j1", 2, 6, 5) };
        var bonus = new Dictionary<int, double> { [2] = ScoreAggregation.JudgeTotal(Two, sheets[0].Scores) - ScoreAggregation.JudgeTotal(Two, sheets[1].Scores) };

        var ranking = ScoreAggregation.Rank(Input(sheets, 2) with { Bonus = bonus });

        Assert.Equal(ranking.Standings[0].Total, ranking.Standings[1].Total);
        Assert.Equal(1, ranking.Standings[0].EntryId);
        Assert.Empty(ranking.UnresolvedTies);
    }

    [Fact]
    public void Equal_scores_are_told_apart_by_how_many_judges_placed_the_entry_in_their_top_n()
    {
        // Entries 1 and 2 both average 50; one judge has entry 1 as their best, two judges have entry 2 as theirs.
        var sheets = new[]
        {
            Sheet("j1", 1, 10, 5),
            Sheet("j2", 1, 0, 0), Sheet("j2", 3, 2, 0),
            Sheet("j3", 2, 6, 1),
            Sheet("j4", 2, 6, 1),
        };

        var ranking = ScoreAggregation.Rank(Input(sheets, 3, quota: 1));

        var one = ranking.Standings.Single(s => s.EntryId == 1);
        var two = ranking.Standings.Single(s => s.EntryId == 2);
        Assert.Equal(50, one.Total);
        Assert.Equal(50, two.Total);
        Assert.Equal((1, 2), (one.JudgesTopN, two.JudgesTopN));
        Assert.Equal(1, two.Rank);
        Assert.Empty(ranking.UnresolvedTies);
    }

    [Fact]
    public void Group_weights_weigh_each_panels_judges()
    {
        var sheets = new[] { Sheet("academic-1", 1, 10, 5), Sheet("media-1", 1, 0, 0) };

        var ranking = ScoreAggregation.Rank(Input(sheets, 1) with
        {
            Panels = new Dictionary<string, string> { ["academic-1"] = "academic", ["media-1"] = "media" },
            PanelWeights = new Dictionary<string, double> { ["academic"] = 3, ["media"] = 1 },
        });

        Assert.Equal(75, ranking.Standings[0].RawScore);
        Assert.Equal(100, ranking.PanelMeans["academic"]);
        Assert.Equal(0, ranking.PanelMeans["media"]);
    }

    [Fact]
    public void A_conflicted_judge_is_left_out_of_the_entrys_score()
    {
        var sheets = new[] { Sheet("j1", 1, 10, 5), Sheet("j2", 1, 0, 0) };

        var ranking = ScoreAggregation.Rank(Input(sheets, 1) with { Conflicts = new HashSet<(string, int)> { ("j2", 1) } });

        Assert.Equal(100, ranking.Standings[0].RawScore);
        Assert.Equal(1, ranking.Standings[0].Judges);
    }
}
