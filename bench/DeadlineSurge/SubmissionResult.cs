namespace DataForLife.Bench.DeadlineSurge;

public sealed record SubmissionResult(bool Accepted, string? Checksum, IReadOnlyList<double> UploadMs, double SubmitMs, double TotalMs, string? Error);
