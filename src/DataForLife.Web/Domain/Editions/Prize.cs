using System.Text.Json.Serialization;

namespace DataForLife.Web.Domain.Editions;

/// <summary>A line of the prize table: <see cref="Count"/> prizes of <see cref="AmountVnd"/> each.</summary>
public sealed record Prize(string Code, LocalizedText Name, int Count, long AmountVnd)
{
    [JsonIgnore]
    public long TotalVnd => Count * AmountVnd;
}
