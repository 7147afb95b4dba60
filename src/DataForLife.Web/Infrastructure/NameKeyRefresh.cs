using DataForLife.Web.Data;
using DataForLife.Web.Domain;
using Microsoft.EntityFrameworkCore;

namespace DataForLife.Web.Infrastructure;

/// <summary>
/// Names are found and matched by their folded keys (team names unique per edition, people against the staff roster,
/// search without diacritics). When the folding rules change (<see cref="VietnameseText.FoldVersion"/>), the keys
/// stored under the old rules are computed again from the stored names, once, when the platform starts; the version
/// done is kept as a site setting. A team whose name now folds to a key another team of its edition holds keeps its
/// older key (the edition's unique index allows no other), and the log names it for the organisers.
/// Running it again, or on two instances at once, computes the same keys.
/// </summary>
public sealed class NameKeyRefresh(AppDbContext db, ILogger<NameKeyRefresh> logger)
{
    public const string SettingKey = "NameKeyFoldVersion";

    public async Task RunAsync(CancellationToken cancellationToken = default)
    {
        var setting = await db.SiteSettings.FindAsync([SettingKey], cancellationToken);
        if (setting?.Value == VietnameseText.FoldVersion.ToString(System.Globalization.CultureInfo.InvariantCulture))
        {
            return;
        }

        var changed = 0;
        foreach (var profile in await db.Profiles.ToListAsync(cancellationToken))
        {
            changed += Refresh(profile.NameKey, VietnameseText.Fold(profile.FullName), key => profile.NameKey = key);
        }

        foreach (var staff in await db.StaffMembers.ToListAsync(cancellationToken))
        {
            changed += Refresh(staff.NameKey, VietnameseText.Fold(staff.FullName), key => staff.NameKey = key);
        }

        foreach (var edition in (await db.Teams.OrderBy(t => t.Id).ToListAsync(cancellationToken)).GroupBy(t => t.EditionId))
        {
            var taken = edition.Select(t => t.NameKey).ToHashSet(StringComparer.Ordinal);
            foreach (var team in edition)
            {
                var key = VietnameseText.Fold(team.Name);
                if (key == team.NameKey)
                {
                    continue;
                }

                if (taken.Contains(key))
                {
                    logger.LogWarning("Team {PublicCode} keeps its old search key: its name now folds like another team's in edition {Edition}.", team.PublicCode, team.EditionId);
                    continue;
                }

                // One team at a time, so that the unique index never sees two teams holding one key mid-way.
                taken.Remove(team.NameKey);
                taken.Add(key);
                team.RefreshNameKey();
                await db.SaveChangesAsync(cancellationToken);
                changed++;
            }
        }

        var version = VietnameseText.FoldVersion.ToString(System.Globalization.CultureInfo.InvariantCulture);
        if (setting is null)
        {
            db.SiteSettings.Add(new SiteSetting(SettingKey, version));
        }
        else
        {
            setting.Value = version;
        }

        await db.SaveChangesAsync(cancellationToken);
        logger.LogInformation("Search keys computed again under folding rules {Version}: {Changed} changed.", version, changed);
    }

    private static int Refresh(string stored, string key, Action<string> set)
    {
        if (stored == key)
        {
            return 0;
        }

        set(key);
        return 1;
    }
}
