using System.CommandLine;
using System.Globalization;
using DataForLife.Web;
using DataForLife.Web.Domain;
using DataForLife.Web.Features.Voting;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Localization;
using Spectre.Console;

namespace DataForLife.Cli;

/// <summary>
/// <c>dfl partner-keys create | list | revoke</c>: the keys partner sites' servers vote with. A new key is printed once,
/// alone on the last line, so a script can take it with <c>tail -n 1</c>; only its hash is kept.
/// </summary>
public static class PartnerKeyCommands
{
    private static readonly CultureInfo English = CultureInfo.GetCultureInfo("en");

    public static Command Build()
    {
        var command = new Command("partner-keys", "Keys partner sites' servers send their readers' votes with (Authorization: Bearer <key>).");
        command.Subcommands.Add(Create());
        command.Subcommands.Add(List());
        command.Subcommands.Add(Revoke());
        return command;
    }

    private static Command Create()
    {
        var name = new Option<string>("--name") { Description = "The partner's name as organisers read it, such as VnExpress (at most 100 characters).", Required = true };
        var edition = new Option<string?>("--edition") { Description = "The edition the key may vote in, such as 2023; every edition when left out." };
        var rateLimit = new Option<int>("--rate-limit") { Description = "Requests per second the key may send, 0 (the default) for no limit.", DefaultValueFactory = _ => 0 };
        var create = new Command("create", "Creates a key and prints it once, on the last line.");
        create.Options.Add(name);
        create.Options.Add(edition);
        create.Options.Add(rateLimit);
        create.SetAction(async (parse, cancellationToken) =>
        {
            var output = parse.InvocationConfiguration.Output;
            await using var host = await CliHost.StartAsync(parse, migrate: false, cancellationToken);
            var (created, error) = await host.Services.GetRequiredService<PartnerKeys>()
                .CreateAsync(parse.GetValue(name), parse.GetValue(edition), parse.GetValue(rateLimit), "dfl " + Environment.UserName, cancellationToken);
            if (created is null)
            {
                await parse.InvocationConfiguration.Error.WriteLineAsync("partner-keys create: " + InEnglish(host.Services, error!));
                return 1;
            }

            var key = created.Key;
            await output.WriteLineAsync(Invariant($"Partner key {key.Id} '{key.Name}' for {key.EditionId ?? "every edition"}, {Limit(key.RateLimit)}."));
            await output.WriteLineAsync("Copy the key now: it is shown only this once and cannot be recovered (only its SHA-256 is kept).");
            await output.WriteLineAsync(created.Secret);
            return 0;
        });
        return create;
    }

    private static Command List()
    {
        var list = new Command("list", "Lists every key: name, edition, rate limit, when it was created and whether it is revoked.");
        list.SetAction(async (parse, cancellationToken) =>
        {
            await using var host = await CliHost.StartAsync(parse, migrate: false, cancellationToken);
            var keys = await host.Services.GetRequiredService<PartnerKeys>().ListAsync(cancellationToken);
            var table = new Table().AddColumns("Id", "Name", "Edition", "Rate limit", "Created (Asia/Ho_Chi_Minh)", "Revoked");
            foreach (var key in keys)
            {
                table.AddRow(Markup.Escape(key.Id.ToString(CultureInfo.InvariantCulture)), Markup.Escape(key.Name), Markup.Escape(key.EditionId ?? "all"),
                    Markup.Escape(Limit(key.RateLimit)), Markup.Escape(VietnamTime.Format(new DateTimeOffset(key.CreatedAtUtc))),
                    Markup.Escape(key.RevokedAtUtc is { } revoked ? VietnamTime.Format(new DateTimeOffset(revoked)) : "-"));
            }

            var console = AnsiConsole.Create(new AnsiConsoleSettings { Out = new AnsiConsoleOutput(parse.InvocationConfiguration.Output), Ansi = AnsiSupport.Detect });
            // Piped or redirected output has no terminal width; a wide table keeps one key on one line.
            console.Profile.Width = Math.Max(console.Profile.Width, 200);
            console.Write(table);
            await parse.InvocationConfiguration.Output.WriteLineAsync(Invariant($"{keys.Count} key(s), {keys.Count(k => k.IsActive)} active."));
            return 0;
        });
        return list;
    }

    private static Command Revoke()
    {
        var id = new Option<int>("--id") { Description = "The key's id (the number after dfl_ in the key, or the Id column of 'list').", Required = true };
        var revoke = new Command("revoke", "Revokes a key: every web instance refuses it within about 5 seconds (its cache of keys).");
        revoke.Options.Add(id);
        revoke.SetAction(async (parse, cancellationToken) =>
        {
            var keyId = parse.GetValue(id);
            await using var host = await CliHost.StartAsync(parse, migrate: false, cancellationToken);
            if (!await host.Services.GetRequiredService<PartnerKeys>().RevokeAsync(keyId, cancellationToken))
            {
                await parse.InvocationConfiguration.Error.WriteLineAsync(Invariant($"partner-keys revoke: no active key with id {keyId}."));
                return 1;
            }

            await parse.InvocationConfiguration.Output.WriteLineAsync(Invariant($"Partner key {keyId} revoked."));
            return 0;
        });
        return revoke;
    }

    private static string Limit(int perSecond) => perSecond == 0 ? "no rate limit" : Invariant($"{perSecond} requests per second");

    /// <summary>The refusal in English, the tool's language, from the same texts the pages show.</summary>
    private static string InEnglish(IServiceProvider services, string key)
    {
        var previous = CultureInfo.CurrentUICulture;
        CultureInfo.CurrentUICulture = English;
        try
        {
            return services.GetRequiredService<IStringLocalizer<SharedResource>>()[key].Value;
        }
        finally
        {
            CultureInfo.CurrentUICulture = previous;
        }
    }

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
