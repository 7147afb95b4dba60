using DataForLife.Web.Data;
using DataForLife.Web.Domain.Registration;
using DataForLife.Web.Domain.Submissions;
using DataForLife.Web.Features.Submissions;
using Microsoft.EntityFrameworkCore;

namespace DataForLife.Web.Features.Voting.Gallery;

/// <summary>An entry as the public sees it in the gallery: the team, its idea, and the media of its judged dossier.</summary>
public sealed record GalleryEntry(Team Team, string Summary, Guid? PhotoId, Guid? VideoId, string? VideoUrl)
{
    public string Code => Team.PublicCode;
}

/// <summary>
/// Reads the published entries with the photo, uploaded video and video link of the dossier version the council
/// judged (the last one submitted before the team's deadline): what is public is exactly what was judged.
/// </summary>
public sealed class GalleryEntries(AppDbContext db)
{
    public async Task<IReadOnlyList<GalleryEntry>> ListAsync(VotingState state, CancellationToken cancellationToken)
    {
        var ids = state.CodeByTeam.Keys.ToList();
        if (ids.Count == 0)
        {
            return [];
        }

        var teams = await db.Teams.AsNoTracking().Where(t => ids.Contains(t.Id)).ToListAsync(cancellationToken);
        var deadline = state.Edition.Definition.FindPhase(DossierAccess.PhaseCode)?.EndsAt.UtcDateTime ?? DateTime.MaxValue;
        var dossiers = await db.Dossiers.AsNoTracking().Where(d => ids.Contains(d.TeamId)).ToListAsync(cancellationToken);
        var dossierIds = dossiers.Select(d => d.Id).ToList();
        var versions = await db.DossierVersions.AsNoTracking().Where(v => dossierIds.Contains(v.DossierId) && v.IsSubmission).ToListAsync(cancellationToken);
        var judged = dossiers.Select(d => versions.Where(v => v.DossierId == d.Id && v.SavedAtUtc < d.DeadlineUtc(deadline))
            .MaxBy(v => v.Number)).OfType<DossierVersion>().ToDictionary(v => v.DossierId);
        var fileIds = judged.Values.SelectMany(v => v.FileIdList).ToList();
        var files = await db.DossierFiles.AsNoTracking().Where(f => fileIds.Contains(f.Id) && (f.Kind == DossierFileKind.Photo || f.Kind == DossierFileKind.Video))
            .ToListAsync(cancellationToken);
        return [.. teams.Select(team =>
        {
            var dossier = dossiers.FirstOrDefault(d => d.TeamId == team.Id);
            var version = dossier is null ? null : judged.GetValueOrDefault(dossier.Id);
            var media = version is null ? [] : files.Where(f => version.FileIdList.Contains(f.Id)).OrderBy(f => f.ArrivedAtUtc).ToList();
            return new GalleryEntry(team, team.Abstract, media.FirstOrDefault(f => f.Kind == DossierFileKind.Photo)?.Id,
                media.FirstOrDefault(f => f.Kind == DossierFileKind.Video)?.Id, version?.Text.VideoUrl is { Length: > 0 } url ? url : null);
        })];
    }

    /// <summary>A photo or video of a published entry's judged dossier, or null.</summary>
    public async Task<DossierFile?> MediaAsync(VotingState state, string code, Guid fileId, CancellationToken cancellationToken)
    {
        if (!state.TeamByCode.TryGetValue(code, out var teamId))
        {
            return null;
        }

        var entry = (await ListAsync(state, cancellationToken)).FirstOrDefault(e => e.Team.Id == teamId);
        return entry is null || (entry.PhotoId != fileId && entry.VideoId != fileId)
            ? null
            : await db.DossierFiles.AsNoTracking().FirstOrDefaultAsync(f => f.Id == fileId, cancellationToken);
    }

}
