namespace DataForLife.Population.Reference;

/// <summary>Every word a name is made of, numbered, so a person holds small numbers instead of strings.</summary>
internal sealed class WordList
{
    private readonly List<EncodedText> _words = [];
    private readonly Dictionary<string, int> _ids = new(StringComparer.Ordinal);

    public EncodedText this[int id] => _words[id];

    public int Count => _words.Count;

    public int Add(string word)
    {
        if (!_ids.TryGetValue(word, out var id))
        {
            id = _words.Count;
            _words.Add(new EncodedText(word));
            _ids.Add(word, id);
        }

        return id;
    }
}
