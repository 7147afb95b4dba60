using DataForLife.Web.Domain;
using DataForLife.Web.Domain.Voting;
using DataForLife.Web.Features.Voting.Review;

namespace DataForLife.Tests.Platform;

/// <summary>The one rule for times typed into forms (years 2000 to 2100), and the quarantine filter's minutes that follow it.</summary>
public sealed class PlausibleTimeTests
{
    [Theory]
    [InlineData(1, false)]
    [InlineData(1999, false)]
    [InlineData(2000, true)]
    [InlineData(2023, true)]
    [InlineData(2100, true)]
    [InlineData(2101, false)]
    public void A_typed_time_is_plausible_from_2000_to_the_end_of_2100(int year, bool plausible) =>
        Assert.Equal(plausible, VietnamTime.IsPlausible(new DateTime(year, 12, 31, 23, 59, 0, DateTimeKind.Unspecified)));

    [Theory]
    [InlineData(-1, false)]
    [InlineData(0, true)]
    [InlineData(int.MaxValue, false)]
    public void A_filter_refuses_minutes_before_1970_or_after_2100(int minute, bool valid) =>
        Assert.Equal(valid, new VoteFilter(1, null, null, null, null, minute, null).IsValid);

    [Fact]
    public void The_last_minute_of_2100_is_a_valid_filter_and_the_first_of_2101_is_not()
    {
        var last = VoteKeys.Minute(new DateTime(2100, 12, 31, 23, 59, 0, DateTimeKind.Utc));

        Assert.True(new VoteFilter(1, null, null, null, null, last, last).IsValid);
        Assert.False(new VoteFilter(1, null, null, null, null, last + 2, last + 2).IsValid);
    }
}
