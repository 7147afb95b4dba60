using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace DataForLife.Web.Features.Setup;

/// <summary>At start, while no organiser exists, says in the log how to create the first one.</summary>
public static class SetupAnnouncement
{
    public static async Task AnnounceSetupAsync(this WebApplication app)
    {
        using var scope = app.Services.CreateScope();
        var token = scope.ServiceProvider.GetRequiredService<SetupToken>();
        var logger = scope.ServiceProvider.GetRequiredService<ILoggerFactory>().CreateLogger("DataForLife.Setup");
        if (await token.OrganiserExistsAsync())
        {
            return;
        }

        if (await token.IssueAtFirstStartAsync(CancellationToken.None) is { } issued)
        {
            logger.LogWarning("No organiser yet. Open /setup in a browser on this machine and enter the set-up token {SetupToken} (`dfl setup token` issues a new one).", issued);
        }
        else
        {
            logger.LogWarning("No organiser yet. Open /setup in a browser on this machine with the set-up token printed at first start, or issue a new one with `dfl setup token`.");
        }
    }
}
