using System.Text;
using DataForLife.Population.Reference;

namespace DataForLife.Population.Detection;

/// <summary>
/// Whether two written names are one name typed twice: the same after folding diacritics and case, after undoing
/// unconverted Telex keystrokes ("Tuyeenf" → "tuyen"), or one slip apart; a dropped middle name also matches.
/// </summary>
internal static class NameMatch
{
    public static string Key(string name)
    {
        var builder = new StringBuilder();
        foreach (var word in VietnameseText.Fold(name).ToLowerInvariant().Split(' ', StringSplitOptions.RemoveEmptyEntries))
        {
            builder.Append(builder.Length > 0 ? " " : "").Append(Untelex(word));
        }

        return builder.ToString();
    }

    public static bool Same(string a, string b)
    {
        if (a == b)
        {
            return true;
        }

        var left = a.Split(' ');
        var right = b.Split(' ');
        if (left.Length != right.Length)
        {
            // A dropped middle name: the shorter is the longer without one inner word.
            var (shorter, longer) = left.Length < right.Length ? (left, right) : (right, left);
            return longer.Length == shorter.Length + 1 && Enumerable.Range(1, longer.Length - 2)
                .Any(skip => longer.Where((_, i) => i != skip).SequenceEqual(shorter));
        }

        var different = 0;
        for (var i = 0; i < left.Length; i++)
        {
            if (left[i] != right[i] && (++different > 1 || Distance(left[i], right[i]) > 1))
            {
                return false;
            }
        }

        return true;
    }

    // Telex typed with the input method off: a trailing tone key, doubled vowels and dd, w after a, o, u.
    private static string Untelex(string word)
    {
        // A Vietnamese syllable never ends in s, f, r, x or j: such a final letter is a tone key.
        if (word.Length > 2 && "sfrxj".Contains(word[^1], StringComparison.Ordinal))
        {
            word = word[..^1];
        }

        return word.Replace("aa", "a", StringComparison.Ordinal).Replace("ee", "e", StringComparison.Ordinal)
            .Replace("oo", "o", StringComparison.Ordinal).Replace("dd", "d", StringComparison.Ordinal)
            .Replace("aw", "a", StringComparison.Ordinal).Replace("ow", "o", StringComparison.Ordinal).Replace("uw", "u", StringComparison.Ordinal);
    }

    private static int Distance(string a, string b)
    {
        var previous = new int[b.Length + 1];
        var current = new int[b.Length + 1];
        for (var j = 0; j <= b.Length; j++)
        {
            previous[j] = j;
        }

        for (var i = 1; i <= a.Length; i++)
        {
            current[0] = i;
            for (var j = 1; j <= b.Length; j++)
            {
                var cost = a[i - 1] == b[j - 1] ? 0 : 1;
                current[j] = Math.Min(Math.Min(current[j - 1] + 1, previous[j] + 1), previous[j - 1] + cost);
                if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1])
                {
                    current[j] = Math.Min(current[j], previous[j - 1]);
                }
            }

            (previous, current) = (current, previous);
        }

        return previous[b.Length];
    }
}
