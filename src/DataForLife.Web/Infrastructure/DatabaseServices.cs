using DataForLife.Web.Data;
using DataForLife.Web.Infrastructure.Operations;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace DataForLife.Web.Infrastructure;

/// <summary>Chooses the database from configuration: SQLite in the data folder unless <c>Database:Provider=Postgres</c>.</summary>
public static class DatabaseServices
{
    public static DatabaseProvider ProviderFrom(IConfiguration configuration) =>
        Enum.TryParse<DatabaseProvider>(configuration["Database:Provider"], ignoreCase: true, out var provider)
            ? provider
            : DatabaseProvider.Sqlite;

    public static string SqliteConnectionString(DataFolder folder) => new SqliteConnectionStringBuilder
    {
        DataSource = Path.Combine(folder.Path, "dataforlife.db"),
        DefaultTimeout = 30,
        Pooling = true,
    }.ToString();

    public static string PostgresConnectionString(IConfiguration configuration) =>
        configuration.GetConnectionString("Postgres") is { Length: > 0 } connectionString
            ? connectionString
            : throw new InvalidOperationException(
                "Database:Provider is Postgres but no connection string is set: set ConnectionStrings:Postgres (environment ConnectionStrings__Postgres).");

    public static IServiceCollection AddAppDatabase(this IServiceCollection services, IConfiguration configuration)
    {
        var folder = DataFolder.FromConfiguration(configuration);
        services.AddSingleton(folder);
        services.AddMetrics();
        services.TryAddSingleton<PlatformMetrics>();
        services.AddSingleton<DatabaseTimeInterceptor>();
        var provider = ProviderFrom(configuration);
        services.AddSingleton(new DatabaseSettings(provider, configuration.GetValue("Database:MigrateOnStart", provider == DatabaseProvider.Sqlite)));
        if (provider == DatabaseProvider.Postgres)
        {
            var connectionString = PostgresConnectionString(configuration);
            services.AddDbContext<PostgresAppDbContext>((sp, o) => o.UseNpgsql(connectionString).AddInterceptors(sp.GetRequiredService<DatabaseTimeInterceptor>()));
            services.AddScoped<AppDbContext>(sp => sp.GetRequiredService<PostgresAppDbContext>());
        }
        else
        {
            var connectionString = SqliteConnectionString(folder);
            services.AddDbContext<SqliteAppDbContext>((sp, o) => o.UseSqlite(connectionString).AddInterceptors(sp.GetRequiredService<DatabaseTimeInterceptor>()));
            services.AddScoped<AppDbContext>(sp => sp.GetRequiredService<SqliteAppDbContext>());
        }

        services.AddScoped<DatabaseInitializer>();
        services.AddScoped<NameKeyRefresh>();
        return services;
    }
}
