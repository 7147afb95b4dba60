using DataForLife.Population.Randomness;

namespace DataForLife.Population.Reference;

/// <summary>The countries of births registered abroad (Data/countries.csv), drawn by a design weight.</summary>
internal sealed class CountryBook
{
    private readonly AliasTable _table;

    public CountryBook()
    {
        var rows = EmbeddedCsv.Read("countries.csv");
        All = [.. rows.Select((r, i) => new Country(i, int.Parse(r[0], System.Globalization.CultureInfo.InvariantCulture), r[1]))];
        _table = new AliasTable([.. rows.Select(r => EmbeddedCsv.Long(r[2]))]);
    }

    public IReadOnlyList<Country> All { get; }

    public Country Draw(RandomStream random) => All[_table.Sample(random)];

    public Country? Find(int code) => All.FirstOrDefault(c => c.Code == code);
}
