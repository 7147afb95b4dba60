using System.CommandLine;
using DataForLife.Web.Features.Judging;
using Microsoft.Extensions.DependencyInjection;

namespace DataForLife.Cli;

public static class JudgingCommands
{
    public static Command Build()
    {
        var edition = new Option<string>("--edition") { Description = "The edition's id, such as 2023.", Required = true };
        var recompute = new Command("recompute", "Rebuilds every round's ranking from the raw score sheets and says whether it equals what was published.");
        recompute.Options.Add(edition);
        recompute.SetAction(async (parse, cancellationToken) =>
        {
            await using var host = await CliHost.StartAsync(parse, migrate: false, cancellationToken);
            var rounds = await host.Services.GetRequiredService<JudgingContext>().RoundsAsync(parse.GetValue(edition), cancellationToken);
            if (rounds.Count == 0)
            {
                await Console.Error.WriteLineAsync($"No edition '{parse.GetValue(edition)}'.");
                return 2;
            }

            var publisher = host.Services.GetRequiredService<RoundPublisher>();
            var differs = false;
            foreach (var round in rounds)
            {
                var comparison = await publisher.RecomputeAsync(round, cancellationToken);
                Console.WriteLine(!comparison.Published ? $"{round.Code}: not published"
                    : comparison.Same ? $"{round.Code}: recomputed from the score sheets, equal to the published ranking"
                    : $"{round.Code}: DIFFERS from the published ranking");
                foreach (var difference in comparison.Differences)
                {
                    Console.WriteLine("  " + difference);
                }

                differs |= comparison.Published && !comparison.Same;
            }

            return differs ? 1 : 0;
        });
        var judging = new Command("judging", "Judging commands.");
        judging.Subcommands.Add(recompute);
        return judging;
    }
}
