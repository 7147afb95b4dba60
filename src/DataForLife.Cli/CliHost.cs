using DataForLife.Web.Features.Audit;
using DataForLife.Web.Infrastructure;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace DataForLife.Cli;

/// <summary>
/// The platform's services for a command: the same configuration keys as the web app (appsettings.json, environment).
/// On SQLite the database is created and migrated first, as the web app does at start.
/// </summary>
public sealed class CliHost : IAsyncDisposable
{
    private readonly ServiceProvider _services;
    private readonly AsyncServiceScope _scope;

    private CliHost(ServiceProvider services)
    {
        _services = services;
        _scope = services.CreateAsyncScope();
    }

    public IServiceProvider Services => _scope.ServiceProvider;

    /// <summary>
    /// The host for the command <paramref name="parse"/> runs, with the configuration its command tree was built with
    /// (<see cref="DflRootCommand.Configure"/>) after the environment's: each tree its own, never shared.
    /// </summary>
    /// <param name="initialize">False for commands that must find the database as it is (backup, restore): no migration, no seeding.</param>
    public static async Task<CliHost> StartAsync(System.CommandLine.ParseResult parse, bool migrate, CancellationToken cancellationToken, bool initialize = true)
    {
        ArgumentNullException.ThrowIfNull(parse);
        var builder = new ConfigurationBuilder()
            .SetBasePath(AppContext.BaseDirectory)
            .AddJsonFile("appsettings.json", optional: true)
            .AddEnvironmentVariables();
        (parse.RootCommandResult.Command as DflRootCommand)?.Configure?.Invoke(builder);
        var configuration = builder.Build();
        var services = new ServiceCollection();
        services.AddSingleton<IConfiguration>(configuration);
        services.AddLogging(b => b.AddSimpleConsole(o => o.SingleLine = true).SetMinimumLevel(LogLevel.Warning)
            .AddFilter((category, level) => level >= LogLevel.Warning && category?.StartsWith("Microsoft.EntityFrameworkCore", StringComparison.Ordinal) != true));
        services.AddPlatformCore(configuration);
        var host = new CliHost(services.BuildServiceProvider());
        if (!initialize)
        {
            return host;
        }

        var initializer = host.Services.GetRequiredService<DatabaseInitializer>();
        if (migrate)
        {
            await initializer.MigrateAsync(cancellationToken);
        }

        // SQLite is migrated here as the web app does at start; PostgreSQL must have been migrated by 'dfl db migrate'.
        await initializer.InitializeAsync(cancellationToken);

        host.Services.GetRequiredService<AuditLog>().ActorOverride = (null, "dfl " + Environment.UserName);
        return host;
    }

    public async ValueTask DisposeAsync()
    {
        await _scope.DisposeAsync();
        await _services.DisposeAsync();
    }
}
