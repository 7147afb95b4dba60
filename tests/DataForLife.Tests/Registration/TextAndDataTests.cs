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

    [Theory]
    [InlineData("한국데이터팀")]
    [InlineData("Đội Sao Mai")]
    [InlineData("ﬔ שּׁ 𝔇𝔞𝔱𝔞")]
    public void A_folded_key_is_no_longer_than_the_text_in_Korean_Vietnamese_or_Hebrew(string text) =>
        Assert.True(VietnameseText.Fold(text).Length <= VietnameseText.Clean(text).Length, VietnameseText.Fold(text));

    [Theory]
    [InlineData("Đội Sao Mai", 11, true)]
    [InlineData("Đội Sao Mai", 10, false)]
    [InlineData("ೋ", 1, false)] // Kannada's vowel sign folds to two characters: the key would not fit
    public void A_name_fits_a_column_only_when_its_key_fits_too(string text, int length, bool fits) =>
        Assert.Equal(fits, VietnameseText.Fits(text, length));

    [Theory]
    [InlineData("Đội\u0000 Sao Mai", "Đội Sao Mai")]
    [InlineData("\u001b[31mĐội Sao Mai\u0007", "[31mĐội Sao Mai")]
    [InlineData("Đội\tSao\r\nMai\u0085", "Đội Sao Mai")]
    [InlineData("Đội\u0000Sao", "ĐộiSao")]
    public void Names_keep_no_control_characters_and_white_space_ones_separate_words(string text, string clean)
    {
        Assert.Equal(clean, VietnameseText.Clean(text));
        Assert.DoesNotContain(VietnameseText.Fold(text), char.IsControl);
    }

    [Fact]
    public void Korean_names_fold_to_themselves()
    {
        Assert.Equal("한국데이터팀", VietnameseText.Fold("한국데이터팀"));
        Assert.Equal(VietnameseText.Fold("Đội 한국"), VietnameseText.Fold("doi  한국"));
    }

    [Fact]
    public void Names_are_stored_in_composed_form()
    {
        var decomposed = "Nguye\u0302\u0303n";

        Assert.Equal("Nguyễn", VietnameseText.Clean(decomposed));
        Assert.Equal(6, VietnameseText.Clean(decomposed).Length);
    }

    [Theory]
    [InlineData("abc", 5, "abc")]
    [InlineData("abcdef", 3, "abc")]
    [InlineData("ab😀cd", 3, "ab")] // the emoji is two UTF-16 characters: it is not cut in half
    [InlineData("ab😀cd", 4, "ab😀")]
    public void Text_is_cut_without_splitting_a_character_written_as_two(string text, int length, string cut) =>
        Assert.Equal(cut, VietnameseText.Cut(text, length));

    [Fact]
    public void Over_long_file_names_and_user_agents_are_cut_to_text_that_can_be_stored()
    {
        var name = FileSniffer.SafeName(new string('a', 99) + "😀.pdf", SniffedType.Pdf);
        var agent = Web.Domain.Voting.VoteKeys.UserAgent(new string('a', 255) + "😀 tail");
        var hosted = Web.Features.Catalogue.HostedFileName.Clean(new string('a', 99) + "😀" + new string('b', 40) + ".csv");

        foreach (var text in new[] { name, agent, hosted })
        {
            // Strict UTF-8 refuses half a character, as PostgreSQL's driver does.
            var strict = new System.Text.UTF8Encoding(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);
            _ = strict.GetBytes(text);
        }

        Assert.Equal(new string('a', 99) + ".pdf", name);
        Assert.Equal(new string('a', 255), agent);
        Assert.EndsWith(".csv", hosted, StringComparison.Ordinal);
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
