using DataForLife.Web.Domain.Catalogue;
using DataForLife.Web.Domain.Registration;

namespace DataForLife.Web.Features.Catalogue;

/// <summary>A leaderboard with the teams its rows name.</summary>
public sealed record LeaderboardView(IReadOnlyList<LeaderboardRow> Rows, IReadOnlyDictionary<int, Team> Teams);
