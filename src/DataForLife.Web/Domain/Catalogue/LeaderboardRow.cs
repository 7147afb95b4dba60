namespace DataForLife.Web.Domain.Catalogue;

/// <summary>A team's place on a data set's leaderboard: its best submission and how many it made.</summary>
public sealed record LeaderboardRow(int Rank, int TeamId, PredictionSubmission Best, int Submissions);
