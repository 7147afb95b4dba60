using DataForLife.Web.Data;
using DataForLife.Web.Domain.Voting;
using DataForLife.Web.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace DataForLife.Bench.VoteStorm;

/// <summary>Looks up every acknowledged reader's vote in the database the environment's configuration names.</summary>
public static class Verify
{
    public static async Task<int> RunAsync(string keyName, string ackedFile)
    {
        var configuration = new ConfigurationBuilder().AddEnvironmentVariables().Build();
        var services = new ServiceCollection().AddSingleton<IConfiguration>(configuration).AddLogging();
        services.AddPlatformCore(configuration);
        await using var provider = services.BuildServiceProvider();
        await using var scope = provider.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        var stored = (await db.Votes.AsNoTracking().Select(v => v.VoterKey).ToListAsync()).ToHashSet(StringComparer.Ordinal);
        var acked = await File.ReadAllLinesAsync(ackedFile);
        var missing = acked.Count(voter => !stored.Contains(VoteKeys.PartnerReader(keyName, voter)));
        Console.WriteLine($"acknowledged votes: {acked.Length}; missing from the database: {missing}");
        return missing == 0 ? 0 : 1;
    }
}
