using DataForLife.Web.Domain.Submissions;

namespace DataForLife.Web.Features.Submissions;

public sealed record DossierResponse(int TeamId, string TeamCode, DateTime DeadlineUtc, bool IsOpen, int LatestVersion, int? SubmittedVersion,
    DossierText? Text, string? Checksum, IReadOnlyList<DossierResponse.FileResponse> Files)
{
    public sealed record FileResponse(Guid Id, string Kind, string Name, string ContentType, long Size, string Sha256, DateTime ArrivedAtUtc);

    public static FileResponse From(DossierFile f) => new(f.Id, f.Kind.ToString(), f.DisplayName, f.ContentType, f.Size, f.Sha256, f.ArrivedAtUtc);
}
