namespace DataForLife.Web.Features.Catalogue;

/// <summary>A team's line on a leaderboard: its best submission's scores.</summary>
public sealed record LeaderboardEntryResponse(int Rank, string Team, string TeamName, double F1, double Precision, double Recall,
    DateTimeOffset SubmittedAt, int Submissions);
