using System.CommandLine;
using DataForLife.Web.Infrastructure;
using DataForLife.Web.Infrastructure.Backups;
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
            parse.InvocationConfiguration.Output.WriteLine($"Database ({provider}) is up to date.");
            return 0;
        });
        db.Subcommands.Add(migrate);
        db.Subcommands.Add(Backup());
        db.Subcommands.Add(Restore());
        return db;
    }

    private static Command Backup()
    {
        var output = new Option<FileInfo>("--out") { Description = "The backup file to write (a zip: database, uploaded files, manifest of checksums).", Required = true };
        var backup = new Command("backup", "Backs up the database (a consistent snapshot, while the platform runs) and every uploaded file.") { output };
        backup.SetAction(async (parse, cancellationToken) =>
        {
            await using var host = await CliHost.StartAsync(parse, migrate: false, cancellationToken, initialize: false);
            var target = parse.GetRequiredValue(output);
            var (manifest, error) = await host.Services.GetRequiredService<PlatformBackup>().BackupAsync(target.FullName, cancellationToken,
                _ => parse.InvocationConfiguration.Output.WriteLineAsync("Database snapshot taken; copying the uploaded files."));
            if (manifest is null)
            {
                parse.InvocationConfiguration.Error.WriteLine("No backup was written: " + error);
                return 1;
            }

            var files = manifest.Entries.Count(e => e.Path.StartsWith(BackupManifest.FilesFolder, StringComparison.Ordinal));
            parse.InvocationConfiguration.Output.WriteLine($"Backed up the {manifest.Provider} database and {files} files to {target.FullName} (snapshot begun {manifest.StartedAtUtc:O}).");
            return 0;
        });
        return backup;
    }

    private static Command Restore()
    {
        var input = new Argument<FileInfo>("file") { Description = "A file written by 'dfl db backup'." };
        var restore = new Command("restore", "Restores a backup into an empty data folder or an empty database, after checking every entry against its manifest.") { input };
        restore.SetAction(async (parse, cancellationToken) =>
        {
            await using var host = await CliHost.StartAsync(parse, migrate: false, cancellationToken, initialize: false);
            var result = await host.Services.GetRequiredService<PlatformBackup>().RestoreAsync(parse.GetRequiredValue(input).FullName, cancellationToken);
            (result.Restored ? parse.InvocationConfiguration.Output : parse.InvocationConfiguration.Error)
                .WriteLine(result.Restored ? result.Reason : "Refused: " + result.Reason);
            return result.Restored ? 0 : 1;
        });
        return restore;
    }
}
