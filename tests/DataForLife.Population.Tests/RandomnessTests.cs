using DataForLife.Population.Randomness;

namespace DataForLife.Population.Tests;

public sealed class RandomnessTests
{
    [Theory]
    [InlineData(1_000U)]
    [InlineData(1_000_000U)]
    public void Serial_permutation_is_a_bijection_on_its_domain_and_inverts(uint domain)
    {
        var permutation = new FeistelPermutation(12345, domain);
        var seen = new bool[domain];

        for (uint value = 0; value < domain; value++)
        {
            var image = permutation.Apply(value);
            Assert.True(image < domain && !seen[image]);
            Assert.Equal(value, permutation.Invert(image));
            seen[image] = true;
        }
    }

    [Fact]
    public void Alias_table_draws_in_proportion_to_its_weights()
    {
        var table = new AliasTable([1, 2, 7]);
        var random = new RandomStream(9);
        var counts = new int[3];

        for (var i = 0; i < 100_000; i++)
        {
            counts[table.Sample(random)]++;
        }

        Assert.InRange(counts[0], 9_000, 11_000);
        Assert.InRange(counts[1], 19_000, 21_000);
        Assert.InRange(counts[2], 69_000, 71_000);
    }

    [Fact]
    public void A_stream_depends_only_on_its_seed()
    {
        var first = new RandomStream(77);
        var second = new RandomStream(1);
        second.Reset(77);

        Assert.Equal(Enumerable.Range(0, 8).Select(_ => first.NextUInt64()), Enumerable.Range(0, 8).Select(_ => second.NextUInt64()));
    }
}
