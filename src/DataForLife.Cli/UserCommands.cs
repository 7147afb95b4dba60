using System.CommandLine;
using DataForLife.Web.Features.Accounts;
using Microsoft.Extensions.DependencyInjection;

namespace DataForLife.Cli;

/// <summary>
/// <c>dfl users grant | revoke --email E --role R</c>: gives an account (already signed up) the Organizer, Observer
/// (steering committee) or Mentor role, or takes it back. Judges get theirs from the edition's roster.
/// </summary>
public static class UserCommands
{
    public static Command Build()
    {
        var users = new Command("users", "Accounts' roles: Organizer, Observer (the steering committee, read-only) and Mentor.");
        users.Subcommands.Add(Change("grant", "Gives an existing account a role.", grant: true));
        users.Subcommands.Add(Change("revoke", "Takes a role back from an account (never the last organiser's).", grant: false));
        return users;
    }

    private static Command Change(string name, string description, bool grant)
    {
        var email = new Option<string>("--email") { Description = "The account's e-mail address (the person signs up first).", Required = true };
        var role = new Option<string>("--role") { Description = "Organizer, Observer or Mentor.", Required = true };
        var command = new Command(name, description);
        command.Options.Add(email);
        command.Options.Add(role);
        command.SetAction(async (parse, cancellationToken) =>
        {
            await using var host = await CliHost.StartAsync(parse, migrate: false, cancellationToken);
            var grants = host.Services.GetRequiredService<RoleGrants>();
            var (address, wanted) = (parse.GetValue(email)!, parse.GetValue(role)!);
            var outcome = grant ? await grants.GrantAsync(address, wanted, cancellationToken) : await grants.RevokeAsync(address, wanted, cancellationToken);
            var (code, message) = outcome switch
            {
                RoleGrants.Outcome.Done => (0, grant ? $"{address} is now {wanted}." : $"{address} is no longer {wanted}."),
                RoleGrants.Outcome.Unchanged => (0, grant ? $"{address} already is {wanted}; nothing changed." : $"{address} is not {wanted}; nothing changed."),
                RoleGrants.Outcome.NoAccount => (1, $"users {name}: no account with the e-mail {address}; the person must sign up first."),
                RoleGrants.Outcome.UnknownRole => (1, $"users {name}: unknown role '{wanted}'; use {string.Join(", ", RoleGrants.Grantable)}."),
                _ => (1, $"users {name}: {address} is the last organiser; make someone else organiser first."),
            };
            await (code == 0 ? parse.InvocationConfiguration.Output : parse.InvocationConfiguration.Error).WriteLineAsync(message);
            return code;
        });
        return command;
    }
}
