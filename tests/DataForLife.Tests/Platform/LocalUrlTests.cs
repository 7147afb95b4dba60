using DataForLife.Web.Infrastructure;

namespace DataForLife.Tests.Platform;

/// <summary>The one check every return address goes through (sign-in, language, profile, reader verification, gallery).</summary>
public sealed class LocalUrlTests
{
    [Theory]
    [InlineData("/vote", true)]
    [InlineData("/vote/DFL-01?edition=2023#share", true)]
    [InlineData("/", true)]
    [InlineData(null, false)]
    [InlineData("", false)]
    [InlineData("vote", false)]
    [InlineData("//evil.example", false)]
    [InlineData("/\\evil.example", false)]
    [InlineData("https://evil.example/", false)]
    [InlineData("~/vote", false)]
    [InlineData("/vote\r\nSet-Cookie: x=1", false)]
    [InlineData("/vote\u0000", false)]
    public void Only_a_path_on_this_site_without_control_characters_is_a_safe_return_address(string? url, bool safe)
    {
        Assert.Equal(safe, LocalUrl.IsSafe(url));
        Assert.Equal(safe ? url : "/fallback", LocalUrl.OrDefault(url, "/fallback"));
    }
}
