using System.Globalization;
using DataForLife.Web.Data;
using DataForLife.Web.Domain;
using DataForLife.Web.Features.Editions;
using DataForLife.Web.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace DataForLife.Web.Features.Messages;

/// <summary>
/// Values for a template's preview taken from the platform itself: the organiser's own name and address, the current
/// edition's first team and round, its latest announcement, and links as the platform writes them.
/// </summary>
public sealed class TemplateSamples(AppDbContext db, EditionStore editions, PublicAddress site, TimeProvider clock)
{
    public async Task<IReadOnlyDictionary<string, string>> ValuesAsync(Recipient organiser, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(organiser);
        var edition = await editions.CurrentAsync(cancellationToken);
        var team = edition is null ? null : await db.Teams.AsNoTracking().Where(t => t.EditionId == edition.Id).OrderBy(t => t.Sequence).FirstOrDefaultAsync(cancellationToken);
        var announcement = await db.Announcements.AsNoTracking().OrderByDescending(a => a.Id).FirstOrDefaultAsync(cancellationToken);
        var now = clock.GetUtcNow();
        return new Dictionary<string, string>
        {
            ["name"] = organiser.Name,
            ["invitee"] = organiser.Email,
            ["link"] = site.Link("/account"),
            ["signin"] = site.Link("/account/login"),
            ["reset"] = site.Link("/account/forgot-password"),
            ["team"] = team?.Name ?? "—",
            ["idea"] = team?.IdeaName ?? "—",
            ["expires"] = VietnamTime.Format(now.AddDays(7)),
            ["deadline"] = edition?.Definition.FindPhase(Submissions.DossierAccess.PhaseCode) is { } phase ? VietnamTime.Format(phase.EndsAt) : VietnamTime.Format(now),
            ["submitted"] = 3.ToString(CultureInfo.CurrentCulture),
            ["assigned"] = 10.ToString(CultureInfo.CurrentCulture),
            ["round"] = edition is { Definition.Rounds.Count: > 0 } ? edition.Definition.Rounds[0].Code : "round1",
            ["title"] = announcement?.TitleVi ?? edition?.Definition.Name.Current ?? "—",
            ["body"] = announcement?.BodyVi ?? "—",
        };
    }
}
