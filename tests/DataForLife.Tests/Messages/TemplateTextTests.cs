using DataForLife.Web.Domain.Messages;

namespace DataForLife.Tests.Messages;

public sealed class TemplateTextTests
{
    private static readonly string[] Allowed = ["name", "link"];

    [Fact]
    public void Placeholders_are_filled_and_doubled_braces_are_written_once()
    {
        var text = TemplateText.Render("Chào {name}, {{mã}} ở {link}}}", new Dictionary<string, string> { ["name"] = "An", ["link"] = "https://x.vn" });
        Assert.Equal("Chào An, {mã} ở https://x.vn}", text);
    }

    [Theory]
    [InlineData("Chào {ten}", TemplateProblem.UnknownPlaceholder, "ten")]
    [InlineData("Chào {name", TemplateProblem.UnclosedBrace, "{name")]
    [InlineData("Chào {name {link}", TemplateProblem.UnclosedBrace, "{name {link}")]
    [InlineData("Chào name}", TemplateProblem.UnopenedBrace, "}")]
    public void A_template_with_a_problem_is_named_with_it(string template, TemplateProblem problem, string detail)
    {
        var check = TemplateText.Check(template, Allowed);
        Assert.Equal(problem, check.Problem);
        Assert.Equal(detail, check.Detail);
        Assert.Throws<FormatException>(() => TemplateText.Render(template, new Dictionary<string, string> { ["name"] = "An", ["link"] = "l" }));
    }

    [Fact]
    public void The_placeholders_used_are_listed_once_in_order()
    {
        var check = TemplateText.Check("{link} {name} {link}", Allowed);
        Assert.True(check.IsValid);
        Assert.Equal("link,name", string.Join(',', check.Used));
    }

    [Fact]
    public void A_resource_with_numbered_arguments_is_written_with_their_names()
    {
        Assert.Equal("Chào {name}: {link} {name}", TemplateText.FromNumbered("Chào {0}: {1} {0}", Allowed));
    }

    [Theory]
    [InlineData("AllContestants", SegmentKind.AllContestants, null)]
    [InlineData("Selected:round2", SegmentKind.Selected, "round2")]
    [InlineData("Category:government", SegmentKind.Category, "government")]
    public void A_segment_is_read_back_as_it_is_written(string value, SegmentKind kind, string? argument)
    {
        var segment = Segment.Parse(value);
        Assert.Equal(new Segment(kind, argument), segment);
        Assert.Equal(value, segment!.ToString());
    }

    [Theory]
    [InlineData("")]
    [InlineData("Selected")]
    [InlineData("Mentors:round1")]
    [InlineData("Nobody")]
    [InlineData("7")]
    public void A_segment_that_is_incomplete_or_unknown_is_refused(string value) => Assert.Null(Segment.Parse(value));
}
