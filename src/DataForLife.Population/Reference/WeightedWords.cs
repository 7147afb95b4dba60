using DataForLife.Population.Randomness;

namespace DataForLife.Population.Reference;

/// <summary>A weighted list of words (family, middle or given names) drawn with one random number.</summary>
internal sealed class WeightedWords
{
    private readonly int[] _ids;
    private readonly AliasTable _table;

    public WeightedWords(WordList words, IEnumerable<(string Word, long Weight)> entries)
    {
        var list = entries.ToList();
        _ids = [.. list.Select(e => words.Add(e.Word))];
        _table = new AliasTable([.. list.Select(e => e.Weight)]);
    }

    public int Draw(RandomStream random) => _ids[_table.Sample(random)];
}
