using DataForLife.Population.Output;

namespace DataForLife.Population;

/// <summary>
/// Generates a synthetic population register: fictitious people in households, 17 columns (docs/population.md),
/// optionally with labelled anomalies. Streams: memory does not grow with the count.
/// </summary>
public static class PopulationGenerator
{
    /// <param name="data">Receives the records (CSV with a header row, JSON Lines, or Parquet).</param>
    /// <param name="labels">Receives <c>record_id,class,group_id</c> rows; may be null.</param>
    /// <param name="progress">Told the number of records written so far, after each chunk.</param>
    public static GenerationSummary Generate(GenerationOptions options, Stream data, Stream? labels = null,
        IProgress<long>? progress = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(options);
        if (options.Problem is { } problem)
        {
            throw new ArgumentException(problem, nameof(options));
        }

        using var sink = RecordSink.For(options.Format, data);
        return new GenerationPipeline(options, sink, labels, progress).Run(cancellationToken);
    }
}
