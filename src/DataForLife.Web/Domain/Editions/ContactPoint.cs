using System.Text.Json.Serialization;

namespace DataForLife.Web.Domain.Editions;

/// <summary>The organisers' contact point, shown in the footer of every page and at the end of every e-mail.</summary>
public sealed record ContactPoint
{
    public LocalizedText Unit { get; init; } = LocalizedText.Empty;
    public LocalizedText Address { get; init; } = LocalizedText.Empty;
    public string Email { get; init; } = string.Empty;
    public string Phone { get; init; } = string.Empty;

    [JsonIgnore]
    public bool IsEmpty => string.IsNullOrWhiteSpace(Unit.Vi) && string.IsNullOrWhiteSpace(Address.Vi) && Email.Length == 0 && Phone.Length == 0;
}
