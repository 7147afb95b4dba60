using DataForLife.Web.Infrastructure;

namespace DataForLife.Tests.Platform;

/// <summary>The start of a description on a card or in a link preview.</summary>
public sealed class ExcerptTests
{
    [Theory]
    [InlineData("Dữ liệu dân cư", 20, "Dữ liệu dân cư")]
    [InlineData("Dữ liệu dân cư", 14, "Dữ liệu dân cư")]
    [InlineData("Một tập dữ liệu sinh từ một hạt giống cố định", 39, "Một tập dữ liệu sinh từ một hạt giống…")]
    [InlineData("Một tập dữ liệu sinh từ một hạt giống cố định", 40, "Một tập dữ liệu sinh từ một hạt giống cố…")]
    [InlineData("Phát hiện gian lận, định danh số", 20, "Phát hiện gian lận…")]
    [InlineData("Dữ liệu – dân cư", 10, "Dữ liệu…")]
    [InlineData("Supercalifragilisticexpialidocious", 10, "Supercalif…")]
    [InlineData("ab 😀😀😀😀", 4, "ab…")]
    [InlineData("ab 😀😀😀😀", 6, "ab 😀…")]
    [InlineData("😀😀😀😀", 3, "😀…")]
    public void A_long_text_is_cut_at_a_word_and_never_inside_a_character(string text, int max, string expected)
    {
        var excerpt = Format.Excerpt(text, max);

        Assert.Equal(expected, excerpt);
        Assert.True(excerpt.Length <= max + 1, excerpt);
        Assert.False(char.IsHighSurrogate(excerpt[^1]));
    }
}
