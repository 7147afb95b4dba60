using DataForLife.Web.Domain.Final;

namespace DataForLife.Tests.Final;

public sealed class TicketCodeTests
{
    [Fact]
    public void A_new_code_reads_back_from_its_QR_payload_and_from_its_display_typed_in_lower_case()
    {
        var code = TicketCode.New();

        Assert.Equal(("2023", code), TicketCode.Read(TicketCode.Payload("2023", code)));
        Assert.Equal((null, code), TicketCode.Read(TicketCode.Display(code).ToLowerInvariant()));
        Assert.Equal((null, code), TicketCode.Read(" " + code + " "));
    }

    [Fact]
    public void Letters_people_confuse_read_as_the_digits_they_look_like()
    {
        Assert.Equal((null, "1100ABCDEFGH"), TicketCode.Read("IL-OO ab cd-efgh"));
    }

    [Fact]
    public void A_payload_names_its_edition_even_for_an_edition_with_a_hyphen()
    {
        Assert.Equal(("2024-mien-nam", "ABCDEFGHJKMN"), TicketCode.Read("DFL-TICKET:2024-mien-nam:ABCDEFGHJKMN"));
    }

    [Theory]
    [InlineData("")]
    [InlineData("ABC")]
    [InlineData("ABCDEFGHJKMNP")]
    [InlineData("ABCD-EFGH-JKMU")]
    [InlineData("DFL-TICKET:ABCDEFGHJKMN")]
    [InlineData("https://example.com/ticket")]
    public void Anything_else_is_no_code(string text) => Assert.Null(TicketCode.Read(text));

    [Fact]
    public void Codes_are_drawn_at_random_from_the_alphabet()
    {
        var codes = Enumerable.Range(0, 200).Select(_ => TicketCode.New()).ToList();

        Assert.Equal(200, codes.Distinct().Count());
        Assert.All(codes, c => Assert.Matches("^[0-9A-HJKMNP-TV-Z]{12}$", c));
    }
}
