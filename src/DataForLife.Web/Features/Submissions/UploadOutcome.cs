using DataForLife.Web.Domain;
using DataForLife.Web.Domain.Submissions;

namespace DataForLife.Web.Features.Submissions;

public sealed record UploadOutcome(DossierFile? File, FieldError? Error, int Status)
{
    public static UploadOutcome Stored(DossierFile file) => new(file, null, StatusCodes.Status201Created);

    public static UploadOutcome Refused(int status, string key, params object[] arguments) => new(null, new FieldError("File", key, arguments), status);
}
