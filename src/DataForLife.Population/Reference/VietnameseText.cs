using System.Globalization;
using System.Text;

namespace DataForLife.Population.Reference;

/// <summary>Vietnamese text without its diacritics ("Nguyễn Văn Đức" → "Nguyen Van Duc"), as typed on keyboards without them.</summary>
public static class VietnameseText
{
    public static string Fold(string text)
    {
        var decomposed = text.Normalize(NormalizationForm.FormD);
        var builder = new StringBuilder(decomposed.Length);
        foreach (var c in decomposed)
        {
            if (CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.NonSpacingMark)
            {
                continue;
            }

            builder.Append(c switch { 'đ' => 'd', 'Đ' => 'D', _ => c });
        }

        return builder.ToString().Normalize(NormalizationForm.FormC);
    }
}
