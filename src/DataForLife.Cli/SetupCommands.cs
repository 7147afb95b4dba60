using System.CommandLine;
using DataForLife.Web.Features.Setup;
using Microsoft.Extensions.DependencyInjection;

namespace DataForLife.Cli;

/// <summary><c>dfl setup token</c>: a new one-time token for /setup, while no organiser exists.</summary>
public static class SetupCommands
{
    public static Command Build()
    {
        var token = new Command("token", "Issues a new one-time token for the /setup page (the earlier one stops working), while no organiser exists.");
        token.SetAction(async (parse, cancellationToken) =>
        {
            await using var host = await CliHost.StartAsync(parse, migrate: true, cancellationToken);
            var tokens = host.Services.GetRequiredService<SetupToken>();
            if (await tokens.OrganiserExistsAsync())
            {
                await parse.InvocationConfiguration.Error.WriteLineAsync("setup token: an organiser exists already; /setup is closed. Use `dfl users grant` to add organisers.");
                return 1;
            }

            await parse.InvocationConfiguration.Output.WriteLineAsync(await tokens.IssueAsync(cancellationToken));
            return 0;
        });
        var setup = new Command("setup", "The first organiser's set-up.");
        setup.Subcommands.Add(token);
        return setup;
    }
}
