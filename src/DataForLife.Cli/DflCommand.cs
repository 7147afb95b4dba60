using System.CommandLine;

namespace DataForLife.Cli;

/// <summary>The root command, carrying the extra configuration its commands' hosts are built with.</summary>
internal sealed class DflRootCommand(Action<Microsoft.Extensions.Configuration.IConfigurationBuilder>? configure, string description) : RootCommand(description)
{
    public Action<Microsoft.Extensions.Configuration.IConfigurationBuilder>? Configure { get; } = configure;
}

/// <summary>The <c>dfl</c> command tree. Each command reads the same configuration as the web app.</summary>
public static class DflCommand
{
    /// <param name="configure">Extra configuration on top of appsettings.json and the environment (tests use it).</param>
    public static RootCommand Build(Action<Microsoft.Extensions.Configuration.IConfigurationBuilder>? configure = null)
    {
        var root = new DflRootCommand(configure,"dfl: the Digital Data For Life platform's command-line tool. " +
            "It reads the web app's configuration: Data__Directory, Database__Provider, ConnectionStrings__Postgres.");
        root.Subcommands.Add(DbCommands.Build());
        root.Subcommands.Add(DemoCommands.Build());
        root.Subcommands.Add(PopulationCommands.Build());
        root.Subcommands.Add(JudgingCommands.Build());
        root.Subcommands.Add(PartnerKeyCommands.Build());
        root.Subcommands.Add(UserCommands.Build());
        root.Subcommands.Add(SetupCommands.Build());
        return root;
    }
}
