using System.Net;
using DataForLife.Tests.Support;

namespace DataForLife.Tests.Platform;

[Trait("Category", "Integration")]
public sealed class PublicSiteTests(PlatformFactory factory) : IClassFixture<PlatformFactory>
{
    [Fact]
    public async Task The_landing_page_speaks_Vietnamese_with_Vietnamese_formats_by_default()
    {
        var html = await factory.CreateClient().GetStringAsync("/");

        Assert.Contains("<html lang=\"vi\">", html, StringComparison.Ordinal);
        Assert.Contains("Chính phủ số", html, StringComparison.Ordinal);
        Assert.Contains("200.000.000 ₫", html, StringComparison.Ordinal);
        Assert.Contains("370.000.000 ₫", html, StringComparison.Ordinal);
        Assert.Contains("15/09/2023 00:00", html, StringComparison.Ordinal);
        Assert.Contains("giờ Việt Nam, UTC+7", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task During_submission_the_landing_page_highlights_it_and_counts_down_to_its_deadline()
    {
        await using var inSubmission = new StartingAt(EditionSamples.Vietnam(2023, 9, 1));
        await inSubmission.InitializeAsync();

        var html = await inSubmission.CreateClient().GetStringAsync("/");

        Assert.Contains("<li class=\"open\" data-phase=\"submission\" aria-current=\"step\">", html, StringComparison.Ordinal);
        Assert.Contains("<li class=\"upcoming\" data-phase=\"round1\">", html, StringComparison.Ordinal);
        Assert.Contains("data-countdown=\"2023-09-14T17:00:00Z\"", html, StringComparison.Ordinal);
        Assert.Contains("còn 14 ngày", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_landing_page_offers_what_a_visitor_can_do_now_entering_while_registration_is_open_voting_while_the_vote_is()
    {
        const string enter = "<a class=\"button\" href=\"/account/register\">";
        const string vote = "<a class=\"button\" href=\"/vote\">";
        await using var registering = new StartingAt(EditionSamples.Vietnam(2023, 9, 1));
        await registering.InitializeAsync();
        await using var voting = new StartingAt(EditionSamples.Vietnam(2023, 10, 1));
        await voting.InitializeAsync();

        var duringRegistration = await registering.CreateClient().GetStringAsync("/");
        var duringVote = await voting.CreateClient().GetStringAsync("/");

        Assert.Contains(enter, duringRegistration, StringComparison.Ordinal);
        Assert.DoesNotContain(vote, duringRegistration, StringComparison.Ordinal);
        Assert.Contains(vote + "Bình chọn cho bài bạn thích</a>", duringVote, StringComparison.Ordinal);
        Assert.DoesNotContain(enter, duringVote, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_language_switch_turns_the_site_English_and_is_remembered()
    {
        var client = factory.CreateBrowserLikeClient();

        var switched = await client.GetAsync("/culture/en?returnUrl=%2Frules");
        var html = await client.GetStringAsync("/");

        Assert.Equal("/rules", switched.Headers.Location?.OriginalString);
        Assert.Contains("<html lang=\"en\">", html, StringComparison.Ordinal);
        Assert.Contains("Digital Government", html, StringComparison.Ordinal);
        Assert.Contains("370,000,000 VND", html, StringComparison.Ordinal);
        Assert.Contains("Viet Nam time, UTC+7", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_language_switch_never_sends_people_to_another_site()
    {
        var response = await factory.CreateBrowserLikeClient().GetAsync("/culture/en?returnUrl=https%3A%2F%2Fevil.example");

        Assert.Equal("/", response.Headers.Location?.OriginalString);
    }

    [Fact]
    public async Task The_rules_and_data_pages_are_public()
    {
        var client = factory.CreateClient();

        var rules = await client.GetStringAsync("/rules");
        var data = await client.GetStringAsync("/data");

        Assert.Contains("từ 1 đến 5", rules, StringComparison.Ordinal);
        Assert.Contains("Tổ giúp việc", rules, StringComparison.Ordinal);
        Assert.Contains("Tính sáng tạo, đổi mới", rules, StringComparison.Ordinal);
        Assert.Contains("Trưởng Ban Giám khảo quyết định kèm lý do", rules, StringComparison.Ordinal);
        Assert.Contains("Q-Traffic", data, StringComparison.Ordinal);
        Assert.Contains("METEOR", data, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Past_editions_stay_reachable_and_unknown_ones_are_not_found()
    {
        var client = factory.CreateClient();

        Assert.Contains("/editions/2023", await client.GetStringAsync("/editions"), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/editions/2023")).StatusCode);
        var missing = await client.GetAsync("/editions/1999");
        Assert.Equal(HttpStatusCode.NotFound, missing.StatusCode);
        Assert.Contains("Không tìm thấy trang", await missing.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Pages_carry_the_security_headers()
    {
        var response = await factory.CreateClient().GetAsync("/");

        Assert.Contains("frame-ancestors 'none'", response.Headers.GetValues("Content-Security-Policy").Single(), StringComparison.Ordinal);
        Assert.Contains("default-src 'self'", response.Headers.GetValues("Content-Security-Policy").Single(), StringComparison.Ordinal);
        Assert.Equal("nosniff", response.Headers.GetValues("X-Content-Type-Options").Single());
    }

    [Fact]
    public async Task Health_reports_the_database()
    {
        var response = await factory.CreateClient().GetAsync("/health");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("Healthy", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task Pages_for_signed_in_people_send_strangers_to_sign_in()
    {
        var response = await factory.CreateBrowserLikeClient().GetAsync("/organizer/editions");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.StartsWith("http://localhost/account/login", response.Headers.Location!.ToString(), StringComparison.Ordinal);
    }

    private sealed class StartingAt(DateTimeOffset start) : PlatformFactory(start);
}
