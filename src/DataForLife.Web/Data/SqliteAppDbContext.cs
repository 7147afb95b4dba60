using Microsoft.EntityFrameworkCore;

namespace DataForLife.Web.Data;

/// <summary>The embedded default: one SQLite file in the data folder, in WAL mode.</summary>
public sealed class SqliteAppDbContext(DbContextOptions<SqliteAppDbContext> options) : AppDbContext(options);
