using DataForLife.Web.Domain;
using DataForLife.Web.Domain.Catalogue;

namespace DataForLife.Web.Features.Catalogue;

/// <summary>A scored and kept submission, or why the predictions were refused (nothing is kept then).</summary>
public sealed record PredictionOutcome(PredictionSubmission? Submission, FieldError? Error, int Status)
{
    public static PredictionOutcome Refused(int status, string key, params object[] arguments) => new(null, new FieldError("Predictions", key, arguments), status);
}
