using System.Net;
using System.Text.RegularExpressions;
using DataForLife.Tests.Support;
using DataForLife.Web.Domain.Accounts;

namespace DataForLife.Tests.Editions;

/// <summary>Organisers write what each criterion means, in both languages, and the public rules page shows it.</summary>
[Trait("Category", "Integration")]
public sealed partial class CriterionDescriptionTests(SubmissionFactory factory) : IClassFixture<SubmissionFactory>
{
    [Fact]
    public async Task An_organiser_describes_a_final_criterion_and_the_rules_page_shows_it_in_both_languages()
    {
        await factory.CreateUserAsync("btc-mota@c06.gov.vn", role: Roles.Organizer);
        var organiser = factory.CreateBrowserLikeClient();
        await organiser.SignInAsync("btc-mota@c06.gov.vn");
        var page = await organiser.GetStringAsync("/organizer/editions/2023");
        var fields = FieldPattern().Matches(page).Select(m => m.Value)
            .Where(tag => !tag.Contains("type=\"checkbox\"", StringComparison.Ordinal) || tag.Contains("checked", StringComparison.Ordinal))
            .Select(tag => (Name: NamePattern().Match(tag).Groups[1].Value, Value: WebUtility.HtmlDecode(ValuePattern().Match(tag).Groups[1].Value)))
            .Where(f => f.Name.Length > 0 && f.Name != "__RequestVerificationToken")
            .GroupBy(f => f.Name).ToDictionary(g => g.Key, g => g.First().Value);
        Assert.Contains("Form.Rounds[2].Criteria[0].Description.Vi", page, StringComparison.Ordinal);
        fields["Form.Rounds[2].Criteria[0].Description.Vi"] = "Sản phẩm chạy được trước hội đồng, <b>trong 24 giờ</b>.";
        fields["Form.Rounds[2].Criteria[0].Description.En"] = "The product runs in front of the jury, built in 24 hours.";

        var saved = await organiser.PostFormAsync("/organizer/editions/2023", fields);

        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        var rules = await factory.CreateClient().GetStringAsync("/rules");
        Assert.Contains("Sản phẩm chạy được trước hội đồng, &lt;b&gt;trong 24 giờ&lt;/b&gt;.", rules, StringComparison.Ordinal);
        var english = factory.CreateBrowserLikeClient();
        await english.UseEnglishAsync();
        Assert.Contains("The product runs in front of the jury, built in 24 hours.", await english.GetStringAsync("/rules"), StringComparison.Ordinal);
    }

    [GeneratedRegex("<input [^>]*>")]
    private static partial Regex FieldPattern();

    [GeneratedRegex("name=\"([^\"]*)\"")]
    private static partial Regex NamePattern();

    [GeneratedRegex("value=\"([^\"]*)\"")]
    private static partial Regex ValuePattern();
}
