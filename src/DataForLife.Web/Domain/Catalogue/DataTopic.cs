using DataForLife.Web.Domain.Editions;

namespace DataForLife.Web.Domain.Catalogue;

/// <summary>A topic the catalogue of one edition can be filtered by, such as detecting abnormal traffic incidents.</summary>
public sealed class DataTopic
{
    public string EditionId { get; set; } = string.Empty;
    public string Code { get; set; } = string.Empty;
    public int Position { get; set; }
    public string NameVi { get; set; } = string.Empty;
    public string NameEn { get; set; } = string.Empty;

    public LocalizedText Name => new(NameVi, NameEn);
}
