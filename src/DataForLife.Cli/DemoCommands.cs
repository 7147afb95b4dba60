using System.CommandLine;
using DataForLife.Web.Domain;
using DataForLife.Web.Features.Demo;
using Microsoft.Extensions.DependencyInjection;

namespace DataForLife.Cli;

public static class DemoCommands
{
    public static Command Build()
    {
        var stage = new Option<string>("--stage")
        {
            Description = "The moment of the contest to place the demo at: " + string.Join(", ", StageNames()),
            Required = true,
        };
        stage.AcceptOnlyFromAmong([.. StageNames()]);
        var seed = new Command("seed", "Creates or replaces the fictional edition 'demo' with the named stage open now, and makes it current.");
        seed.Options.Add(stage);
        seed.SetAction(async (parse, cancellationToken) =>
        {
            var chosen = Enum.Parse<DemoStage>(parse.GetValue(stage)!, ignoreCase: true);
            await using var host = await CliHost.StartAsync(parse, migrate: false, cancellationToken);
            var edition = await host.Services.GetRequiredService<DemoSeeder>().SeedAsync(chosen, cancellationToken: cancellationToken);
            Console.WriteLine($"Demo edition '{edition.Id}' is current; stage {chosen.ToString().ToLowerInvariant()} is open.");
            Console.WriteLine($"{DemoSeeder.TeamCount} fictional teams; their members sign in as thisinh0001@{DemoTeams.EmailDomain} ... with the password {DemoTeams.Password}.");
            foreach (var phase in edition.Definition.Timeline)
            {
                Console.WriteLine($"  {phase.Code,-13} {VietnamTime.Format(phase.StartsAt)} – {VietnamTime.Format(phase.EndsAt)} (Asia/Ho_Chi_Minh)");
            }

            return 0;
        });
        var demo = new Command("demo", "Demo data for trying every screen.");
        demo.Subcommands.Add(seed);
        return demo;
    }

    private static IEnumerable<string> StageNames() => Enum.GetNames<DemoStage>().Select(n => n.ToLowerInvariant());
}
