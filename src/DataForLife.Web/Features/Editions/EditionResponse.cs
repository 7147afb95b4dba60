using DataForLife.Web.Domain.Editions;

namespace DataForLife.Web.Features.Editions;

/// <summary>An edition as the API returns it: its definition, times in Viet Nam time (+07:00), totals computed.</summary>
public sealed record EditionResponse(
    string Id,
    bool IsCurrent,
    LocalizedText Name,
    LocalizedText Theme,
    LocalizedText Purpose,
    LocalizedText Organisers,
    string PublicCodePrefix,
    IReadOnlyList<Category> Categories,
    IReadOnlyList<LocalizedText> Topics,
    IReadOnlyList<SuggestedDataSource> DataSources,
    IReadOnlyList<Phase> Timeline,
    IReadOnlyList<Round> Rounds,
    VotingSettings Voting,
    IReadOnlyList<PrizeResponse> Prizes,
    long PrizeTotalVnd,
    IReadOnlyList<Body> Bodies,
    TeamSettings Teams,
    DateTime UpdatedAtUtc)
{
    public static EditionResponse From(Edition edition, bool isCurrent)
    {
        var d = edition.Definition;
        return new EditionResponse(edition.Id, isCurrent, d.Name, d.Theme, d.Purpose, d.Organisers, d.PublicCodePrefix,
            d.Categories, d.Topics, d.DataSources, d.Timeline, d.Rounds, d.Voting,
            [.. d.Prizes.Select(p => new PrizeResponse(p.Code, p.Name, p.Count, p.AmountVnd, p.TotalVnd))],
            d.PrizeTotalVnd, d.Bodies, d.Teams, edition.UpdatedAtUtc);
    }
}
