using DataForLife.Web.Domain.Dashboard;

namespace DataForLife.Tests.Dashboard;

public sealed class ChartScaleTests
{
    [Theory]
    [InlineData(0, 1)]
    [InlineData(1, 1)]
    [InlineData(2, 2)]
    [InlineData(3, 5)]
    [InlineData(7, 10)]
    [InlineData(10, 10)]
    [InlineData(11, 20)]
    [InlineData(499_999, 500_000)]
    [InlineData(500_001, 1_000_000)]
    public void The_axis_ends_on_one_two_or_five_times_a_power_of_ten_at_or_above_the_peak(long peak, long expected) =>
        Assert.Equal(expected, ChartScale.NiceCeiling(peak));

    [Fact]
    public void A_length_is_proportional_to_the_peak()
    {
        Assert.Equal(160, ChartScale.Length(50, 100, 320));
        Assert.Equal(320, ChartScale.Length(100, 100, 320));
    }

    [Fact]
    public void Nothing_draws_nothing_and_a_small_count_stays_visible()
    {
        Assert.Equal(0, ChartScale.Length(0, 100, 320));
        Assert.Equal(0, ChartScale.Length(5, 0, 320));
        Assert.Equal(1, ChartScale.Length(1, 1_000_000, 320));
    }

    [Fact]
    public void A_value_above_the_peak_is_drawn_to_the_end_of_the_axis() =>
        Assert.Equal(320, ChartScale.Length(150, 100, 320));

    [Theory]
    [InlineData(0, 0, 0)]
    [InlineData(1, 3, 33)]
    [InlineData(299, 300, 99)]
    [InlineData(300, 300, 100)]
    [InlineData(5, 0, 0)]
    public void A_share_is_rounded_down_so_that_100_percent_means_all_done(long part, long whole, int expected) =>
        Assert.Equal(expected, ChartScale.Percent(part, whole));

    [Fact]
    public void A_stacked_chart_fits_the_sum_of_the_drawn_series_and_a_progress_chart_the_larger_of_its_two()
    {
        var columns = new Chart("c", "C", "Day", ["New", "Total"], [new("1", [3, 3]), new("2", [5, 8])], ChartShape.Columns) { Drawn = 1 };
        Assert.Equal(5, columns.Peak);
        var stacked = columns with { Drawn = 2 };
        Assert.Equal(13, stacked.Peak);
        var progress = new Chart("p", "P", "Round", ["Done", "Due"], [new("r1", [4, 9]), new("r2", [0, 3])], ChartShape.Progress);
        Assert.Equal(9, progress.Peak);
        Assert.True(new Chart("e", "E", "X", ["N"], [new("a", [0])], ChartShape.Bars).IsEmpty);
    }
}
