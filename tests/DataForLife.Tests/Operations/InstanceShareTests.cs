using DataForLife.Web.Infrastructure.Operations;

namespace DataForLife.Tests.Operations;

public sealed class InstanceShareTests
{
    [Theory]
    [InlineData(1, 200, 200)]
    [InlineData(2, 200, 100)]
    [InlineData(3, 200, 67)]
    [InlineData(2, 1, 1)]
    [InlineData(4, 3, 1)]
    [InlineData(2, 0, 0)]
    public void Each_instance_allows_its_share_rounded_up_and_never_less_than_one(int instances, int limit, int share) =>
        Assert.Equal(share, new InstanceShare(instances).Of(limit));

    [Theory]
    [InlineData(2, 200)]
    [InlineData(3, 100)]
    [InlineData(7, 60)]
    public void The_shares_together_allow_at_least_the_whole_limit(int instances, int limit) =>
        Assert.InRange(new InstanceShare(instances).Of(limit) * instances, limit, limit + instances - 1);

    [Fact]
    public void No_instance_count_below_one_is_accepted() =>
        Assert.Throws<ArgumentOutOfRangeException>(() => new InstanceShare(0));
}
