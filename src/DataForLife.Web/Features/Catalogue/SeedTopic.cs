using DataForLife.Web.Domain.Editions;

namespace DataForLife.Web.Features.Catalogue;

/// <summary>A topic as written in a catalogue file.</summary>
public sealed record SeedTopic(string Code, LocalizedText Name);
