using System.Security.Cryptography;
using DataForLife.Population.Scoring;
using DataForLife.Web.Data;
using DataForLife.Web.Domain.Catalogue;
using DataForLife.Web.Infrastructure.Files;
using Microsoft.EntityFrameworkCore;

namespace DataForLife.Web.Features.Catalogue;

/// <summary>
/// Scores a team's predictions against the data set's kept labels with the population library's scorer and keeps the
/// submission. A file that cannot be read as predictions is refused with the first problem named, and nothing is kept;
/// so are predictions already scored against an earlier file (the file was generated anew since).
/// </summary>
public sealed class PredictionCommands(AppDbContext db, IFileStorage storage, TimeProvider clock)
{
    public async Task<PredictionOutcome> SubmitAsync(DataSet dataSet, string userId, string? fileName, Stream content, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(dataSet);
        ArgumentNullException.ThrowIfNull(content);
        if (!dataSet.AcceptsPredictions || !storage.Exists(dataSet.LabelsStorageKey!))
        {
            return PredictionOutcome.Refused(StatusCodes.Status404NotFound, "Catalogue.Predictions.NotAccepted");
        }

        var teamId = await db.TeamMembers.Where(m => m.UserId == userId && m.EditionId == dataSet.EditionId).Select(m => (int?)m.TeamId).FirstOrDefaultAsync(cancellationToken);
        if (teamId is null)
        {
            return PredictionOutcome.Refused(StatusCodes.Status403Forbidden, "Catalogue.Predictions.NoTeam");
        }

        var bytes = await ReadAtMostAsync(content, PredictionFile.MaxBytes + 1, cancellationToken);
        var predictions = PredictionFile.Read(bytes, dataSet.RecordCount!.Value);
        if (predictions.Error is { } error)
        {
            return new PredictionOutcome(null, error, error.MessageKey == "Catalogue.Predictions.TooLarge" ? StatusCodes.Status413PayloadTooLarge : StatusCodes.Status400BadRequest);
        }

        // The same predictions were scored against labels of an earlier file: record ids no longer name those people.
        var sha256 = Convert.ToHexStringLower(SHA256.HashData(bytes));
        if (await db.Set<PredictionSubmission>().AnyAsync(s => s.DataSetId == dataSet.Id && s.Sha256 == sha256 && s.LabelsVersion != dataSet.LabelsVersion, cancellationToken))
        {
            return PredictionOutcome.Refused(StatusCodes.Status409Conflict, "Catalogue.Predictions.EarlierFile");
        }

        byte[] labelBytes;
        await using (var labels = storage.OpenRead(dataSet.LabelsStorageKey!))
        {
            labelBytes = await ReadAtMostAsync(labels, int.MaxValue, cancellationToken);
        }

        var truth = PredictionFile.Read(labelBytes, dataSet.RecordCount.Value).Rows
            ?? throw new InvalidOperationException($"The kept labels of data set {dataSet.Id} cannot be read.");
        var report = Scorer.Score(truth, predictions.Rows!);
        var submission = PredictionSubmission.Scored(dataSet, teamId.Value, userId, HostedFileName.Clean(fileName ?? "predictions.csv"),
            sha256, predictions.Rows!.Count, report, clock.GetUtcNow().UtcDateTime);
        db.Set<PredictionSubmission>().Add(submission);
        await db.SaveChangesAsync(cancellationToken);
        return new PredictionOutcome(submission, null, StatusCodes.Status201Created);
    }

    private static async Task<byte[]> ReadAtMostAsync(Stream stream, int limit, CancellationToken cancellationToken)
    {
        using var copy = new MemoryStream();
        var buffer = new byte[81920];
        int read;
        while ((read = await stream.ReadAsync(buffer, cancellationToken)) > 0 && copy.Length < limit)
        {
            copy.Write(buffer, 0, Math.Min(read, limit - (int)copy.Length));
        }

        return copy.ToArray();
    }
}
