using System.Data.Common;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace DataForLife.Web.Infrastructure.Operations;

/// <summary>Records the duration of every EF Core command (both providers) in <see cref="PlatformMetrics.DatabaseTime"/>.</summary>
public sealed class DatabaseTimeInterceptor(PlatformMetrics metrics) : DbCommandInterceptor
{
    private static readonly KeyValuePair<string, object?> Query = new("operation", "query");
    private static readonly KeyValuePair<string, object?> NonQuery = new("operation", "non_query");
    private static readonly KeyValuePair<string, object?> Scalar = new("operation", "scalar");
    private static readonly KeyValuePair<string, object?> Failed = new("operation", "failed");

    public override DbDataReader ReaderExecuted(DbCommand command, CommandExecutedEventData eventData, DbDataReader result) =>
        Record(eventData, Query, result);

    public override ValueTask<DbDataReader> ReaderExecutedAsync(DbCommand command, CommandExecutedEventData eventData, DbDataReader result, CancellationToken cancellationToken = default) =>
        ValueTask.FromResult(Record(eventData, Query, result));

    public override int NonQueryExecuted(DbCommand command, CommandExecutedEventData eventData, int result) => Record(eventData, NonQuery, result);

    public override ValueTask<int> NonQueryExecutedAsync(DbCommand command, CommandExecutedEventData eventData, int result, CancellationToken cancellationToken = default) =>
        ValueTask.FromResult(Record(eventData, NonQuery, result));

    public override object? ScalarExecuted(DbCommand command, CommandExecutedEventData eventData, object? result) => Record(eventData, Scalar, result);

    public override ValueTask<object?> ScalarExecutedAsync(DbCommand command, CommandExecutedEventData eventData, object? result, CancellationToken cancellationToken = default) =>
        ValueTask.FromResult(Record(eventData, Scalar, result));

    public override void CommandFailed(DbCommand command, CommandErrorEventData eventData) => metrics.DatabaseTime.Record(eventData.Duration.TotalSeconds, Failed);

    public override Task CommandFailedAsync(DbCommand command, CommandErrorEventData eventData, CancellationToken cancellationToken = default)
    {
        metrics.DatabaseTime.Record(eventData.Duration.TotalSeconds, Failed);
        return Task.CompletedTask;
    }

    private T Record<T>(CommandExecutedEventData eventData, KeyValuePair<string, object?> operation, T result)
    {
        metrics.DatabaseTime.Record(eventData.Duration.TotalSeconds, operation);
        return result;
    }
}
