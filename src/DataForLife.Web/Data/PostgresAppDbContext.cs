using Microsoft.EntityFrameworkCore;

namespace DataForLife.Web.Data;

/// <summary>The production database, for one or several instances of the platform.</summary>
public sealed class PostgresAppDbContext(DbContextOptions<PostgresAppDbContext> options) : AppDbContext(options);
