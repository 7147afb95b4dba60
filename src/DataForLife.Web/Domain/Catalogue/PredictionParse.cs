using DataForLife.Population.Scoring;

namespace DataForLife.Web.Domain.Catalogue;

/// <summary>The rows of a predictions (or labels) file, or why it was refused.</summary>
public sealed record PredictionParse(IReadOnlyList<LabelRow>? Rows, FieldError? Error)
{
    public static PredictionParse Refused(string key, params object[] arguments) => new(null, new FieldError("Predictions", key, arguments));
}
