using System.Security.Cryptography;

namespace DataForLife.Population.Tests;

public sealed class DeterminismTests
{
    [Fact]
    public void The_same_seed_gives_the_same_bytes_at_every_thread_count()
    {
        var hashes = new[] { 1, 2, 3, 4 }.Select(threads =>
        {
            using var file = new GeneratedFile(new GenerationOptions(25_000, 42, AnomalyRate: 0.05, Threads: threads, Key: "key"));
            return (Data: Convert.ToHexString(SHA256.HashData(file.DataBytes)), Labels: Convert.ToHexString(SHA256.HashData(file.LabelBytes)));
        }).ToList();

        Assert.All(hashes, h => Assert.Equal(hashes[0], h));
    }

    [Theory]
    [InlineData(OutputFormat.Jsonl)]
    [InlineData(OutputFormat.Parquet)]
    public void Json_lines_and_parquet_are_the_same_at_every_thread_count(OutputFormat format)
    {
        using var one = new GeneratedFile(new GenerationOptions(12_000, 5, format, 0.05, Threads: 1));
        using var three = new GeneratedFile(new GenerationOptions(12_000, 5, format, 0.05, Threads: 3));

        Assert.Equal(one.DataBytes, three.DataBytes);
    }

    [Fact]
    public void A_key_changes_every_record_and_the_same_key_gives_the_same_bytes()
    {
        using var keyed = new GeneratedFile(new GenerationOptions(3_000, 1, AnomalyRate: 0.05, Key: "k1"));
        using var again = new GeneratedFile(new GenerationOptions(3_000, 1, AnomalyRate: 0.05, Threads: 2, Key: "k1"));
        using var other = new GeneratedFile(new GenerationOptions(3_000, 1, AnomalyRate: 0.05, Key: "k2"));

        Assert.Equal(keyed.DataBytes, again.DataBytes);
        Assert.Equal(keyed.LabelBytes, again.LabelBytes);
        Assert.Empty(keyed.Records.Select(r => r.Number).Intersect(other.Records.Select(r => r.Number)));
    }

    [Fact]
    public void Another_seed_gives_other_people()
    {
        using var first = new GeneratedFile(new GenerationOptions(2_000, 1));
        using var second = new GeneratedFile(new GenerationOptions(2_000, 2));

        Assert.NotEqual(first.Records.Select(r => r.Number), second.Records.Select(r => r.Number));
    }

    [Fact]
    public void Running_the_same_options_twice_gives_the_same_files()
    {
        using var first = new GeneratedFile(new GenerationOptions(5_000, 11, AnomalyRate: 0.2, Threads: 2));
        using var again = new GeneratedFile(new GenerationOptions(5_000, 11, AnomalyRate: 0.2, Threads: 2));

        Assert.Equal(first.DataBytes, again.DataBytes);
        Assert.Equal(first.LabelBytes, again.LabelBytes);
    }
}
