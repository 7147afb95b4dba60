using DataForLife.Web.Domain.Final;

namespace DataForLife.Tests.Final;

public sealed class HandInRulesTests
{
    private static readonly DateTime Start = new(2023, 11, 23, 2, 0, 0, DateTimeKind.Utc);
    private static readonly FinalRun Run = FinalRun.Start("2023", Start, TimeSpan.FromHours(24), "organiser");
    private static readonly DateTime Mark = Start.AddHours(24);

    [Fact]
    public void A_hand_in_is_taken_from_the_start_until_a_second_before_the_mark()
    {
        Assert.True(HandInRules.IsOnTime(Start, Run, null));
        Assert.True(HandInRules.IsOnTime(Mark.AddSeconds(-1), Run, null));
        Assert.False(HandInRules.IsOnTime(Start.AddSeconds(-1), Run, null));
    }

    [Fact]
    public void A_hand_in_at_the_mark_or_a_second_after_it_is_refused()
    {
        Assert.False(HandInRules.IsOnTime(Mark, Run, null));
        Assert.False(HandInRules.IsOnTime(Mark.AddSeconds(1), Run, null));
    }

    [Fact]
    public void Nothing_is_taken_before_the_24_hours_are_started()
    {
        Assert.False(HandInRules.IsOnTime(Start, null, null));
    }

    [Fact]
    public void An_extension_past_the_mark_moves_the_teams_deadline_and_an_earlier_one_changes_nothing()
    {
        Assert.True(HandInRules.IsOnTime(Mark.AddSeconds(1), Run, Mark.AddMinutes(30)));
        Assert.False(HandInRules.IsOnTime(Mark.AddMinutes(30), Run, Mark.AddMinutes(30)));
        Assert.Equal(Mark, HandInRules.Deadline(Mark, Mark.AddHours(-1)));
    }

    [Theory]
    [InlineData("https://github.com/doi-sao-mai/cong-dien-san", true)]
    [InlineData("http://github.com/doi-sao-mai/cong-dien-san", false)]
    [InlineData("github.com/doi-sao-mai", false)]
    [InlineData("https://localhost/repo", false)]
    [InlineData("javascript:alert(1)", false)]
    public void The_repository_link_must_be_a_full_https_address(string url, bool valid)
    {
        Assert.Equal(valid, HandInRules.Validate(url, string.Empty, string.Empty).Count == 0);
    }

    [Fact]
    public void A_video_link_must_be_a_known_video_host_and_the_changelog_has_a_limit()
    {
        Assert.Empty(HandInRules.Validate(string.Empty, "https://www.youtube.com/watch?v=abc", "Thêm bảng điều khiển"));
        Assert.Equal("VideoUrl", Assert.Single(HandInRules.Validate(string.Empty, "https://example.com/video", string.Empty)).Field);
        Assert.Equal("Changelog", Assert.Single(HandInRules.Validate(string.Empty, string.Empty, new string('x', HandInRules.MaxChangelog + 1))).Field);
    }
}
