using System.Globalization;
using System.Text;

namespace DataForLife.Web.Domain;

/// <summary>How Vietnamese text is stored and compared: NFC to store, folded (no diacritics, no case) to match.</summary>
public static class VietnameseText
{
    /// <summary>
    /// The version of <see cref="Fold"/>'s rules. Raise it with any change to them: keys stored under older rules are
    /// then computed again when the platform starts (<c>Infrastructure/NameKeyRefresh</c>).
    /// 2: control characters other than white space left out, and keys composed again after the marks are removed.
    /// </summary>
    public const int FoldVersion = 2;

    /// <summary>
    /// Trimmed, inner runs of white space made one space, control characters that are not white space (NUL, escape,
    /// bell: none is typed in a name, and PostgreSQL refuses NUL) left out, in Unicode NFC.
    /// </summary>
    public static string Clean(string? text)
    {
        text ??= string.Empty;
        if (text.Any(c => char.IsControl(c) && !char.IsWhiteSpace(c)))
        {
            text = string.Concat(text.Where(c => !char.IsControl(c) || char.IsWhiteSpace(c)));
        }

        return string.Join(' ', text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries)).Normalize(NormalizationForm.FormC);
    }

    /// <summary>"Đội Sao Mai" and "doi  sao mai" fold to the same key: lower case, diacritics and đ removed, spaces collapsed.</summary>
    public static string Fold(string? text)
    {
        var decomposed = Clean(text).Normalize(NormalizationForm.FormD);
        var builder = new StringBuilder(decomposed.Length);
        foreach (var c in decomposed)
        {
            if (CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.NonSpacingMark)
            {
                continue;
            }

            builder.Append(c switch
            {
                'đ' or 'Đ' => 'd',
                _ => char.ToLowerInvariant(c),
            });
        }

        // Composed again, so that the key is no longer than the text for Korean (a syllable decomposes into two or three
        // letters) and nearly every other script; the rules still measure keys where they are stored.
        return builder.ToString().Normalize(NormalizationForm.FormC);
    }

    /// <summary>
    /// The text cut to at most <paramref name="length"/> characters without splitting a character written as two
    /// (an emoji, a rare Han character): half of one cannot be stored as UTF-8, and PostgreSQL refuses it.
    /// </summary>
    public static string Cut(string text, int length)
    {
        ArgumentNullException.ThrowIfNull(text);
        if (text.Length <= length)
        {
            return text;
        }

        return char.IsHighSurrogate(text[length - 1]) ? text[..(length - 1)] : text[..length];
    }

    /// <summary>Whether the text, as stored (cleaned) and as its search key (folded), fits a column of <paramref name="length"/> characters.</summary>
    public static bool Fits(string? text, int length) => Clean(text).Length <= length && Fold(text).Length <= length;

    /// <summary>Whether the text has any letter or digit at all (a name of spaces or dots is no name).</summary>
    public static bool HasContent(string? text) => text is not null && text.Any(char.IsLetterOrDigit);

    /// <summary>
    /// Whether a text is written in Vietnamese, as far as its letters tell: one of Vietnamese's own letters (ă, â, đ, ê,
    /// ô, ơ, ư) or its tone-marked vowels (U+1EA0 to U+1EF9). Used to mark contestants' Vietnamese texts on English
    /// pages, so that a screen reader reads them with a Vietnamese voice.
    /// </summary>
    public static bool LooksVietnamese(string? text) =>
        text is not null && text.Normalize(NormalizationForm.FormC).Any(c => "ăâđêôơưĂÂĐÊÔƠƯ".Contains(c) || c is >= '\u1EA0' and <= '\u1EF9');
}
