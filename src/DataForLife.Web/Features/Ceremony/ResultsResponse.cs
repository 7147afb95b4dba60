namespace DataForLife.Web.Features.Ceremony;

/// <summary>An edition's public results: each published round's standings and, from the ceremony on, the awards.</summary>
public sealed record ResultsResponse(string Edition, IReadOnlyList<ResultsResponse.RoundResult> Rounds, IReadOnlyList<ResultsResponse.AwardResult> Awards)
{
    public sealed record RoundResult(string Code, string NameVi, string NameEn, int Quota, DateTime PublishedAtUtc, string Hash, IReadOnlyList<StandingResult> Standings);

    public sealed record StandingResult(int Rank, string Team, string TeamName, string Idea, double JudgeScore, double Bonus, double Total, bool Advances);

    /// <summary>A prize won: its place, the prize table's line, the amount in VND, and the team.</summary>
    public sealed record AwardResult(int Rank, string Prize, string PrizeVi, string PrizeEn, long AmountVnd, string Team, string TeamName, string Idea);

    public static ResultsResponse From(ResultsView view) => new(
        view.Edition.Id,
        [.. view.Rounds.Select(r => new RoundResult(r.Round.Code, r.Round.Round.Name.Vi, r.Round.Round.Name.En, r.Round.Round.Quota, r.Publication.PublishedAtUtc,
            r.Publication.Hash,
            [.. r.All.Select(s => new StandingResult(s.Standing.Rank, s.Team.PublicCode, s.Team.Name, s.Team.IdeaName, s.Standing.JudgeScore, s.Standing.Bonus,
                s.Standing.Total, s.Standing.Rank <= r.Round.Round.Quota))]))],
        [.. view.Winners.Select(w => new AwardResult(w.Award.Rank, w.Award.PrizeCode, w.Award.PrizeNameVi, w.Award.PrizeNameEn, w.Award.AmountVnd,
            w.Team.PublicCode, w.Team.Name, w.Team.IdeaName))]);
}
