using DataForLife.Web.Data;
using DataForLife.Web.Domain.Catalogue;
using DataForLife.Web.Domain.Registration;
using Microsoft.EntityFrameworkCore;

namespace DataForLife.Web.Features.Catalogue;

/// <summary>What the catalogue's pages and API read: entries with their files, topics, a team's scores, leaderboards.</summary>
public sealed class CatalogueQueries(AppDbContext db)
{
    public async Task<IReadOnlyList<DataSet>> ListAsync(string editionId, CatalogueFilter filter, CancellationToken cancellationToken) =>
        await filter.Apply(db.Set<DataSet>().AsNoTracking().Where(d => d.EditionId == editionId))
            .Include(d => d.Files).OrderBy(d => d.Position).ThenBy(d => d.Id).ToListAsync(cancellationToken);

    public async Task<DataSet?> FindAsync(string editionId, string slug, CancellationToken cancellationToken) =>
        await db.Set<DataSet>().AsNoTracking().Include(d => d.Files).FirstOrDefaultAsync(d => d.EditionId == editionId && d.Slug == slug, cancellationToken);

    /// <summary>How many teams' dossiers (their latest version) name each data set of the edition; absent means none.</summary>
    public async Task<IReadOnlyDictionary<int, int>> UsageAsync(string editionId, CancellationToken cancellationToken) =>
        await db.DossierDataSets.Where(l => db.Set<DataSet>().Any(d => d.Id == l.DataSetId && d.EditionId == editionId))
            .GroupBy(l => l.DataSetId).Select(g => new { g.Key, Count = g.Count() }).ToDictionaryAsync(g => g.Key, g => g.Count, cancellationToken);

    public async Task<IReadOnlyList<DataTopic>> TopicsAsync(string editionId, CancellationToken cancellationToken) =>
        await db.Set<DataTopic>().AsNoTracking().Where(t => t.EditionId == editionId).OrderBy(t => t.Position).ThenBy(t => t.Code).ToListAsync(cancellationToken);

    /// <summary>The team of a person in an edition, if any.</summary>
    public async Task<Team?> TeamOfAsync(string userId, string editionId, CancellationToken cancellationToken) =>
        await db.Teams.AsNoTracking().FirstOrDefaultAsync(t => t.EditionId == editionId && db.TeamMembers.Any(m => m.TeamId == t.Id && m.UserId == userId), cancellationToken);

    public async Task<IReadOnlyList<PredictionSubmission>> SubmissionsAsync(int dataSetId, int teamId, CancellationToken cancellationToken) =>
        await db.Set<PredictionSubmission>().AsNoTracking().Where(s => s.DataSetId == dataSetId && s.TeamId == teamId)
            .OrderByDescending(s => s.SubmittedAtUtc).ThenByDescending(s => s.Id).ToListAsync(cancellationToken);

    public async Task<LeaderboardView> LeaderboardAsync(int dataSetId, CancellationToken cancellationToken)
    {
        // Only scores against the current labels: a file generated anew makes earlier scores describe another file.
        var version = await db.Set<DataSet>().Where(d => d.Id == dataSetId).Select(d => d.LabelsVersion).SingleAsync(cancellationToken);
        var submissions = await db.Set<PredictionSubmission>().AsNoTracking().Where(s => s.DataSetId == dataSetId && s.LabelsVersion == version).ToListAsync(cancellationToken);
        var rows = Leaderboard.Rank(submissions);
        var teamIds = rows.Select(r => r.TeamId).ToList();
        var teams = await db.Teams.AsNoTracking().Where(t => teamIds.Contains(t.Id)).ToDictionaryAsync(t => t.Id, cancellationToken);
        return new LeaderboardView(rows, teams);
    }
}
