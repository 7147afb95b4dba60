namespace DataForLife.Web.Infrastructure;

/// <param name="MigrateOnStart">SQLite is migrated at start; PostgreSQL by <c>dfl db migrate</c> unless configured.</param>
public sealed record DatabaseSettings(DatabaseProvider Provider, bool MigrateOnStart);
