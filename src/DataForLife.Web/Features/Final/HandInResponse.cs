using DataForLife.Web.Domain.Final;
using DataForLife.Web.Features.Submissions;

namespace DataForLife.Web.Features.Final;

/// <summary>A hand-in as the API returns it: the latest version, the files now attached, the team's deadline.</summary>
public sealed record HandInResponse(int TeamId, string TeamCode, DateTime? StartedAtUtc, DateTime? DeadlineUtc, bool IsOpen, int LatestVersion,
    string? RepositoryUrl, string? VideoUrl, string? Changelog, string? Checksum, IReadOnlyList<DossierResponse.FileResponse> Files)
{
    public static HandInResponse From(HandInContext context, HandInVersion? latest, IEnumerable<Domain.Submissions.DossierFile> files, DateTime nowUtc) =>
        new(context.Team.Id, context.Team.PublicCode, context.Run?.StartedAtUtc, context.DeadlineUtc, context.IsOpenAt(nowUtc), context.HandIn.LatestVersion,
            latest?.RepositoryUrl, latest?.VideoUrl, latest?.Changelog, latest?.Checksum, [.. files.Select(DossierResponse.From)]);
}
