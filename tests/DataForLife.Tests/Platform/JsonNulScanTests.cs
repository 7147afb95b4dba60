using System.Text;
using DataForLife.Web.Infrastructure;

namespace DataForLife.Tests.Platform;

/// <summary>The search of a JSON body for an escaped NUL, before the body is handed on to the endpoint.</summary>
public sealed class JsonNulScanTests
{
    [Theory]
    [InlineData("""{"voter":"a\u0000b"}""", NulGuard.JsonScan.Nul)]
    [InlineData("""{"voter":"\u0000"}""", NulGuard.JsonScan.Nul)]
    [InlineData("""{"a\u0000":1}""", NulGuard.JsonScan.Nul)]
    [InlineData("""{"voter":"\\\u0000"}""", NulGuard.JsonScan.Nul)]
    [InlineData("""{"voter":"\\u0000"}""", NulGuard.JsonScan.Clean)]
    [InlineData("""{"voter":"\\\\u0000"}""", NulGuard.JsonScan.Clean)]
    [InlineData("""{"voter":"\u00000"}""", NulGuard.JsonScan.Nul)]
    [InlineData("""{"voter":"\u0001 \u1000 \u00e0 u0000"}""", NulGuard.JsonScan.Clean)]
    [InlineData("""{"voter":"Nguyễn Văn A"}""", NulGuard.JsonScan.Clean)]
    [InlineData("", NulGuard.JsonScan.Clean)]
    [InlineData("""\u000""", NulGuard.JsonScan.Clean)]
    public async Task Finds_only_an_escape_that_is_NUL(string json, NulGuard.JsonScan expected)
    {
        Assert.Equal(expected, await NulGuard.ScanJsonAsync(new MemoryStream(Encoding.UTF8.GetBytes(json)), 1024, CancellationToken.None));
    }

    [Theory]
    [InlineData(1)]
    [InlineData(3)]
    [InlineData(5)]
    [InlineData(7)]
    public async Task Finds_an_escape_cut_in_two_by_the_reads(int bytesPerRead)
    {
        // The escape lands on every possible offset across the read boundaries.
        for (var padding = 0; padding < 20; padding++)
        {
            var json = "{\"voter\":\"" + new string('x', padding) + "\\u0000\"}";
            var escaped = "{\"voter\":\"" + new string('x', padding) + "\\\\u0000\"}";

            Assert.Equal(NulGuard.JsonScan.Nul, await NulGuard.ScanJsonAsync(new TrickleStream(json, bytesPerRead), 1024, CancellationToken.None));
            Assert.Equal(NulGuard.JsonScan.Clean, await NulGuard.ScanJsonAsync(new TrickleStream(escaped, bytesPerRead), 1024, CancellationToken.None));
        }
    }

    [Fact]
    public async Task Finds_an_escape_past_the_first_buffer_and_stops_one_byte_over_the_limit()
    {
        var long_ = "{\"text\":\"" + new string('a', 40_000) + "\\u0000\"}";
        Assert.Equal(NulGuard.JsonScan.Nul, await NulGuard.ScanJsonAsync(new MemoryStream(Encoding.UTF8.GetBytes(long_)), 100_000, CancellationToken.None));

        var exact = new byte[1000];
        Assert.Equal(NulGuard.JsonScan.Clean, await NulGuard.ScanJsonAsync(new MemoryStream(exact), 1000, CancellationToken.None));
        Assert.Equal(NulGuard.JsonScan.TooLarge, await NulGuard.ScanJsonAsync(new MemoryStream(new byte[1001]), 1000, CancellationToken.None));
    }

    /// <summary>A body that arrives a few bytes at a time, as a slow client sends it.</summary>
    private sealed class TrickleStream(string text, int bytesPerRead) : MemoryStream(Encoding.UTF8.GetBytes(text))
    {
        public override int Read(byte[] buffer, int offset, int count) => base.Read(buffer, offset, Math.Min(count, bytesPerRead));

        public override ValueTask<int> ReadAsync(Memory<byte> buffer, CancellationToken cancellationToken = default) =>
            base.ReadAsync(buffer[..Math.Min(buffer.Length, bytesPerRead)], cancellationToken);
    }
}
