using System.Net;
using DataForLife.Tests.Support;
using DataForLife.Web.Domain.Accounts;
using DataForLife.Web.Domain.Editions;
using DataForLife.Web.Features.Editions;
using Microsoft.Extensions.DependencyInjection;

namespace DataForLife.Tests.Editions;

/// <summary>
/// Organisers set the dossier's limits, the tie-break order and the jury groups' weights on the edition page (not only in
/// the edition file); the order and the weights are fixed once the rounds they govern have opened.
/// </summary>
[Trait("Category", "Integration")]
public sealed class EditionSettingsFormTests : IAsyncLifetime
{
    private readonly JudgingFactory _factory = new();
    private HttpClient _organiser = null!;

    public async Task InitializeAsync()
    {
        await _factory.InitializeAsync();
        await _factory.SeedAsync(4, intoRound1: false);
        await _factory.CreateUserAsync("btc-thietlap@c06.gov.vn", role: Roles.Organizer);
        _organiser = _factory.CreateBrowserLikeClient();
        await _organiser.SignInAsync("btc-thietlap@c06.gov.vn");
    }

    public async Task DisposeAsync() => await _factory.DisposeAsync();

    [Fact]
    public async Task An_organiser_sets_dossier_limits_tie_breaks_and_group_weights_and_the_order_is_fixed_once_round_1_opens()
    {
        var page = await _organiser.GetStringAsync("/organizer/editions/2023");
        Assert.DoesNotContain("Form.Rounds[0].GroupWeights", page, StringComparison.Ordinal);
        var fields = PageForm.Fields(page);
        Assert.Equal("academic", fields["Form.Rounds[1].GroupWeights[0].Group"]);
        Assert.Equal("JudgeScore", fields["Form.TieBreaks[0]"]);
        Assert.Equal("ZScore", fields["Form.Rounds[0].Calibration"]);
        fields["Form.Submission.MaxPhotos"] = "4";
        fields["Form.Submission.WhyWords"] = "300";
        fields["Form.Submission.RequireSignedScan"] = "true";
        fields["Form.TieBreaks[0]"] = "JudgesTopN";
        fields["Form.TieBreaks[1]"] = "JudgeScore";
        fields["Form.Rounds[1].GroupWeights[0].Weight"] = "2";
        fields["Form.Rounds[1].GroupWeights[2].Weight"] = "0.5"; // as a browser sends a number field, whatever the page's language

        var saved = await _organiser.PostFormAsync("/organizer/editions/2023", fields);

        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        var edition = await EditionAsync();
        Assert.Equal(4, edition.Submission.MaxPhotos);
        Assert.Equal(300, edition.Submission.WhyWords);
        Assert.True(edition.Submission.RequireSignedScan);
        Assert.Equal(1000, edition.Submission.HowWords);
        Assert.Equal([TieBreak.JudgesTopN, TieBreak.JudgeScore], edition.TieBreaks);
        Assert.Equal(new Dictionary<string, double> { ["academic"] = 2, ["media"] = 0.5 }, edition.Rounds[1].GroupWeights);
        Assert.Empty(edition.Rounds[0].GroupWeights);
        Assert.Equal(Calibration.ZScore, edition.Rounds[0].Calibration);
        var rules = WebUtility.HtmlDecode(await _factory.CreateClient().GetStringAsync("/rules"));
        Assert.Contains("số giám khảo xếp đội trong nhóm đầu của mình, điểm giám khảo không tính điểm thưởng", rules, StringComparison.Ordinal);

        // Limits out of range are refused with the reason, and nothing changes.
        fields = PageForm.Fields(await _organiser.GetStringAsync("/organizer/editions/2023"));
        fields["Form.Submission.MaxPhotos"] = "21";
        var tooMany = await _organiser.PostFormAsync("/organizer/editions/2023", fields);
        Assert.Contains("Giới hạn hồ sơ không hợp lệ", WebUtility.HtmlDecode(await tooMany.Content.ReadAsStringAsync()), StringComparison.Ordinal);
        Assert.Equal(4, (await EditionAsync()).Submission.MaxPhotos);

        // A date from year 1 (a field left empty by a forged form) and a weight of infinity are refused with their reasons.
        fields = PageForm.Fields(await _organiser.GetStringAsync("/organizer/editions/2023"));
        fields["Form.Timeline[0].StartsAt"] = "0001-01-01T00:00";
        var yearOne = await _organiser.PostFormAsync("/organizer/editions/2023", fields);
        Assert.Contains("Ngày giờ không hợp lệ: cần một thời điểm trong khoảng năm 2000 đến 2100.", WebUtility.HtmlDecode(await yearOne.Content.ReadAsStringAsync()), StringComparison.Ordinal);
        fields = PageForm.Fields(await _organiser.GetStringAsync("/organizer/editions/2023"));
        fields["Form.Rounds[1].GroupWeights[0].Weight"] = "1e999";
        var infinite = await _organiser.PostFormAsync("/organizer/editions/2023", fields);
        Assert.Equal(HttpStatusCode.OK, infinite.StatusCode);
        Assert.Contains("trọng số nhóm lớn hơn 0", WebUtility.HtmlDecode(await infinite.Content.ReadAsStringAsync()), StringComparison.Ordinal);
        Assert.Equal(2, (await EditionAsync()).Rounds[1].GroupWeights["academic"]);

        // A forged form that names a group twice is refused, and neither of its values is kept.
        fields = PageForm.Fields(await _organiser.GetStringAsync("/organizer/editions/2023"));
        fields["Form.Rounds[1].GroupWeights[3].Group"] = "academic";
        fields["Form.Rounds[1].GroupWeights[3].Weight"] = "7";
        var named = await _organiser.PostFormAsync("/organizer/editions/2023", fields);
        Assert.Equal(HttpStatusCode.OK, named.StatusCode);
        Assert.Contains("Mỗi nhóm giám khảo chỉ được đặt trọng số một lần.", WebUtility.HtmlDecode(await named.Content.ReadAsStringAsync()), StringComparison.Ordinal);
        Assert.Equal(2, (await EditionAsync()).Rounds[1].GroupWeights["academic"]);

        // The same way of breaking ties chosen twice is refused, not quietly merged.
        fields = PageForm.Fields(await _organiser.GetStringAsync("/organizer/editions/2023"));
        fields["Form.TieBreaks[1]"] = "JudgesTopN";
        var twice = await _organiser.PostFormAsync("/organizer/editions/2023", fields);
        Assert.Contains("Mỗi cách xét khi bằng điểm chỉ được chọn một lần.", WebUtility.HtmlDecode(await twice.Content.ReadAsStringAsync()), StringComparison.Ordinal);
        Assert.Equal([TieBreak.JudgesTopN, TieBreak.JudgeScore], (await EditionAsync()).TieBreaks);

        // Once round 1 has opened, the order stays; round 2's weights may still change until round 2 opens.
        _factory.Clock.SetUtcNow(JudgingFactory.InRound1);
        _organiser = _factory.CreateBrowserLikeClient();
        await _organiser.SignInAsync("btc-thietlap@c06.gov.vn");
        fields = PageForm.Fields(await _organiser.GetStringAsync("/organizer/editions/2023"));
        fields["Form.TieBreaks[0]"] = "JudgeScore";
        fields["Form.TieBreaks[1]"] = "JudgesTopN";
        var frozen = await _organiser.PostFormAsync("/organizer/editions/2023", fields);
        Assert.Contains("Thứ tự xét khi bằng điểm không đổi được sau khi vòng đầu tiên đã mở.", WebUtility.HtmlDecode(await frozen.Content.ReadAsStringAsync()), StringComparison.Ordinal);
        Assert.Equal([TieBreak.JudgesTopN, TieBreak.JudgeScore], (await EditionAsync()).TieBreaks);

        fields = PageForm.Fields(await _organiser.GetStringAsync("/organizer/editions/2023"));
        fields["Form.Rounds[1].GroupWeights[1].Weight"] = "1";
        Assert.Equal(HttpStatusCode.Redirect, (await _organiser.PostFormAsync("/organizer/editions/2023", fields)).StatusCode);
        Assert.Equal(1, (await EditionAsync()).Rounds[1].GroupWeights["enterprise"]);
    }

    private Task<EditionDefinition> EditionAsync() => _factory.WithScopeAsync(async sp =>
    {
        var store = sp.GetRequiredService<EditionStore>();
        store.Invalidate("2023");
        return (await store.FindAsync("2023"))!.Definition;
    });
}
