using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace DataForLife.Web.Data;

/// <summary>Every stored time is UTC; SQLite forgets the kind, so it is set again on read.</summary>
public sealed class UtcDateTimeConverter() : ValueConverter<DateTime, DateTime>(
    v => v.Kind == DateTimeKind.Utc ? v : v.ToUniversalTime(),
    v => DateTime.SpecifyKind(v, DateTimeKind.Utc));
