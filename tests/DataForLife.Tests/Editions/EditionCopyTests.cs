using DataForLife.Tests.Support;
using DataForLife.Web.Domain.Editions;
using DataForLife.Web.Features.Editions;

namespace DataForLife.Tests.Editions;

public sealed class EditionCopyTests
{
    [Fact]
    public void The_next_edition_moves_every_date_a_year_and_renames_the_year()
    {
        var copy = EditionCopy.Shifted(EditionSamples.Plan2023, 1);

        Assert.Equal(EditionSamples.Vietnam(2024, 9, 15), copy.FindPhase("submission")!.EndsAt);
        Assert.Equal("D4L24", copy.PublicCodePrefix);
        Assert.Contains("2024", copy.Name.Vi, StringComparison.Ordinal);
        Assert.Empty(EditionRules.Validate(copy));
        Assert.Equal(EditionSamples.Plan2023.PrizeTotalVnd, copy.PrizeTotalVnd);
    }

    [Fact]
    public void An_edition_survives_a_round_trip_through_its_file_format()
    {
        var json = EditionJson.Serialize(EditionSamples.Plan2023);
        var back = EditionJson.Deserialize(json);

        Assert.Equal(json, EditionJson.Serialize(back));
        Assert.Contains("\"endsAt\": \"2023-09-15T00:00:00+07:00\"", json, StringComparison.Ordinal);
        Assert.Contains("Chính phủ số", json, StringComparison.Ordinal);
    }
}
