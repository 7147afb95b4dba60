using DataForLife.Web.Domain;
using DataForLife.Web.Domain.Registration;
using DataForLife.Web.Infrastructure.Files;

namespace DataForLife.Tests.Registration;

public sealed class TextAndDataTests
{
    [Theory]
    [InlineData("Đội Sao Mai", "doi sao mai")]
    [InlineData("  ĐỘI   SAO MAI ", "doi sao mai")]
    [InlineData("Nguyễn Thị Ánh Tuyết", "nguyen thi anh tuyet")]
    public void Names_fold_to_one_key_ignoring_case_spaces_and_diacritics(string text, string key) =>
        Assert.Equal(key, VietnameseText.Fold(text));

    [Fact]
    public void Names_are_stored_in_composed_form()
    {
        var decomposed = "Nguye\u0302\u0303n";

        Assert.Equal("Nguyễn", VietnameseText.Clean(decomposed));
        Assert.Equal(6, VietnameseText.Clean(decomposed).Length);
    }

    [Theory]
    [InlineData("001099012389", "0010******89")]
    [InlineData("B1234567", "B123**67")]
    [InlineData("", "")]
    public void Identity_numbers_are_masked_for_all_but_organisers(string number, string masked) =>
        Assert.Equal(masked, PersonalData.Mask(number));

    [Fact]
    public void CSV_reads_quoted_fields_with_commas_quotes_and_line_breaks()
    {
        var rows = Csv.Parse(new StringReader("a,b,c\r\n\"Lê, Văn\",\"nói \"\"chào\"\"\",\"hai\ndòng\"\n"));

        Assert.Equal(2, rows.Count);
        Assert.Equal(["Lê, Văn", "nói \"chào\"", "hai\ndòng"], rows[1]);
    }

    [Fact]
    public void CSV_reads_semicolon_separated_files()
    {
        var rows = Csv.Parse(new StringReader("body;full_name\njury;Lê Văn Tâm\n"));

        Assert.Equal(["jury", "Lê Văn Tâm"], rows[1]);
    }

    [Fact]
    public void CSV_export_neutralises_formulas()
    {
        Assert.Equal("'=1+1", Csv.Field("=1+1"));
        Assert.Equal("\"'@SUM(A1,A2)\"", Csv.Field("@SUM(A1,A2)"));
        Assert.Equal("-5", Csv.Field("-5"));
    }
}
