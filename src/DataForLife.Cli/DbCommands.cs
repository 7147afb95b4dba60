using System.CommandLine;
using DataForLife.Web.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace DataForLife.Cli;

public static class DbCommands
{
    public static Command Build()
    {
        var db = new Command("db", "Database commands.");
        var migrate = new Command("migrate", "Applies every pending migration (the way to migrate PostgreSQL in production) and seeds the editions.");
        migrate.SetAction(async (parse, cancellationToken) =>
        {
            await using var host = await CliHost.StartAsync(parse, migrate: true, cancellationToken);
            var provider = host.Services.GetRequiredService<DatabaseSettings>().Provider;
            Console.WriteLine($"Database ({provider}) is up to date.");
            return 0;
        });
        db.Subcommands.Add(migrate);
        return db;
    }
}
