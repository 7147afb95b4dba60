using DataForLife.Population.Randomness;

namespace DataForLife.Population.Reference;

/// <summary>A weighted list of words (family, middle or given names) drawn with one random number; "∅" stands for no word (-1).</summary>
internal sealed class WeightedWords
{
    public const string None = "∅";

    private readonly int[] _ids;
    private readonly AliasTable _table;

    public WeightedWords(WordList words, IEnumerable<(string Word, long Weight)> entries)
    {
        var list = entries.ToList();
        _ids = [.. list.Select(e => e.Word == None ? -1 : words.Add(e.Word))];
        _table = new AliasTable([.. list.Select(e => e.Weight)]);
    }

    public int Draw(RandomStream random) => _ids[_table.Sample(random)];
}
