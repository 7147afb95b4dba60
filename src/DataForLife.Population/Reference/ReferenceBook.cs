namespace DataForLife.Population.Reference;

/// <summary>All fact tables the generator draws from, loaded once from the embedded Data/*.csv files.</summary>
internal sealed class ReferenceBook
{
    private static readonly Lazy<ReferenceBook> Shared = new(() => new ReferenceBook());

    private ReferenceBook()
    {
        Ethnicities = CategoryBook.Ethnicities();
        Religions = CategoryBook.Religions(Ethnicities);
        Names = new NameBook(Words, Ethnicities.Names);
    }

    public static ReferenceBook Instance => Shared.Value;

    public WordList Words { get; } = new();

    public NameBook Names { get; }

    public PlaceBook Places { get; } = new();

    public CountryBook Countries { get; } = new();

    public CategoryBook Ethnicities { get; }

    public CategoryBook Religions { get; }
}
