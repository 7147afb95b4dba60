using DataForLife.Web.Domain.Catalogue;

namespace DataForLife.Web.Features.Catalogue;

/// <summary>The readers' filters over a catalogue: a category of the edition, a topic, a kind of provider.</summary>
public sealed class CatalogueFilter
{
    public string? Category { get; set; }
    public string? Topic { get; set; }
    /// <summary>organiser, partner or open (any case); an unknown value matches nothing.</summary>
    public string? Provider { get; set; }

    public bool IsEmpty => string.IsNullOrWhiteSpace(Category) && string.IsNullOrWhiteSpace(Topic) && string.IsNullOrWhiteSpace(Provider);

    public IQueryable<DataSet> Apply(IQueryable<DataSet> dataSets)
    {
        if (!string.IsNullOrWhiteSpace(Category))
        {
            var code = "," + Category.Trim() + ",";
            dataSets = dataSets.Where(d => ("," + d.Categories + ",").Contains(code));
        }

        if (!string.IsNullOrWhiteSpace(Topic))
        {
            var code = "," + Topic.Trim() + ",";
            dataSets = dataSets.Where(d => ("," + d.Topics + ",").Contains(code));
        }

        if (!string.IsNullOrWhiteSpace(Provider))
        {
            dataSets = Enum.TryParse<DataProvider>(Provider.Trim(), ignoreCase: true, out var provider) && Enum.IsDefined(provider)
                ? dataSets.Where(d => d.Provider == provider)
                : dataSets.Where(d => d.Id < 0);
        }

        return dataSets;
    }
}
