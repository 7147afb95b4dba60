using System.Globalization;
using System.Text;

namespace DataForLife.Population.Output;

/// <summary>
/// The slips a clerk makes typing a Vietnamese word: the keystrokes of the Telex method left unconverted ("Tuyền" →
/// "Tuyeenf"), the tone mark dropped ("Tuyền" → "Tuyên"), a neighbouring key ("Linh" → "Kinh"), a letter doubled.
/// Capitals stay where they were.
/// </summary>
internal static class Typos
{
    private const string Rows = "qwertyuiop|asdfghjkl|zxcvbnm";

    public static string Apply(string word, int argument) => (argument % 4) switch
    {
        0 => Telex(word),
        1 => WithoutTone(word) is var plain && plain != word ? plain : Neighbour(word, argument / 4),
        2 => Neighbour(word, argument / 4),
        _ => word.Length == 0 ? word : word.Insert(1 + (argument / 4 % Math.Max(1, word.Length - 1)), word[1 + (argument / 4 % Math.Max(1, word.Length - 1)) - 1].ToString()),
    };

    /// <summary>The word as typed with Telex when the input method was off: vowel marks doubled or w, the tone key at the end.</summary>
    public static string Telex(string word)
    {
        var builder = new StringBuilder();
        var tone = "";
        foreach (var c in word.Normalize(NormalizationForm.FormD))
        {
            switch (c)
            {
                case '\u0301': tone = "s"; break;
                case '\u0300': tone = "f"; break;
                case '\u0309': tone = "r"; break;
                case '\u0303': tone = "x"; break;
                case '\u0323': tone = "j"; break;
                case '\u0302': builder.Append(char.ToLowerInvariant(builder[^1])); break;
                case '\u0306' or '\u031B': builder.Append('w'); break;
                case 'đ': builder.Append("dd"); break;
                case 'Đ': builder.Append("Dd"); break;
                default: builder.Append(c); break;
            }
        }

        return builder.Append(tone).ToString();
    }

    /// <summary>The word without its tone mark; the shapes of â, ê, ô, ơ, ư, ă stay.</summary>
    public static string WithoutTone(string word)
    {
        var builder = new StringBuilder();
        foreach (var c in word.Normalize(NormalizationForm.FormD))
        {
            if (c is not ('\u0301' or '\u0300' or '\u0309' or '\u0303' or '\u0323'))
            {
                builder.Append(c);
            }
        }

        return builder.ToString().Normalize(NormalizationForm.FormC);
    }

    private static string Neighbour(string word, int argument)
    {
        var letters = word.Select((c, i) => (c, i)).Where(x => Rows.Contains(char.ToLowerInvariant(x.c), StringComparison.Ordinal)).ToList();
        if (letters.Count == 0)
        {
            return word + word[^1];
        }

        var (letter, at) = letters[argument % letters.Count];
        var lower = char.ToLowerInvariant(letter);
        var row = Rows.Split('|').First(r => r.Contains(lower, StringComparison.Ordinal));
        var position = row.IndexOf(lower, StringComparison.Ordinal);
        var next = row[position == row.Length - 1 ? position - 1 : position + 1];
        var typed = char.IsUpper(letter) ? char.ToUpper(next, CultureInfo.InvariantCulture) : next;
        return string.Concat(word.AsSpan(0, at), typed.ToString(), word.AsSpan(at + 1));
    }
}
