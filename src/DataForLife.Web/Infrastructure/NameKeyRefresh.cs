using System.Globalization;
using DataForLife.Web.Data;
using DataForLife.Web.Domain;
using DataForLife.Web.Features.Registration;
using Microsoft.EntityFrameworkCore;

namespace DataForLife.Web.Infrastructure;

/// <summary>
/// Names and organisations are matched by their folded keys (team names unique per edition, people against the staff
/// roster, judges' conflicts by organisation, search without diacritics). When the folding rules change
/// (<see cref="VietnameseText.FoldVersion"/>), the keys stored under older rules are computed again from the stored
/// text, once, when the platform starts; the version done is kept as a site setting, and a platform of an older
/// version (during a rolling update) leaves a newer one alone. Team eligibility, which compares people's and staff
/// members' name keys, is then decided again for every edition whose keys changed.
/// A team whose name now folds to a key another team of its edition holds keeps its older key (the edition's unique
/// index allows no other), and the log names it for the organisers. Two instances starting at once compute the same
/// keys; the one that finds its work done by the other meanwhile logs it and goes on.
/// </summary>
public sealed class NameKeyRefresh(AppDbContext db, EligibilityService eligibility, ILogger<NameKeyRefresh> logger)
{
    public const string SettingKey = "NameKeyFoldVersion";

    public async Task RunAsync(CancellationToken cancellationToken = default)
    {
        var stored = await db.SiteSettings.AsNoTracking().Where(s => s.Key == SettingKey).Select(s => s.Value).FirstOrDefaultAsync(cancellationToken);
        if (int.TryParse(stored, NumberStyles.None, CultureInfo.InvariantCulture, out var done) && done >= VietnameseText.FoldVersion)
        {
            return;
        }

        var newFile = stored is null && !await db.Profiles.AnyAsync(cancellationToken) && !await db.StaffMembers.AnyAsync(cancellationToken)
            && !await db.Teams.AnyAsync(cancellationToken);

        try
        {
            var changed = newFile ? [] : await RefreshAsync(cancellationToken);
            await StoreVersionAsync(stored is null, cancellationToken);
            foreach (var edition in changed)
            {
                await eligibility.RecomputeAsync(edition, cancellationToken: cancellationToken);
            }

            if (!newFile)
            {
                logger.LogInformation("Search keys computed again under folding rules {Version}; editions with changed keys: {Editions}.",
                    VietnameseText.FoldVersion, string.Join(", ", changed));
            }
        }
        catch (DbUpdateException exception)
        {
            // Another instance stored the same keys, or the version, at the same moment.
            db.ChangeTracker.Clear();
            logger.LogWarning(exception, "Search keys: another instance was computing them at the same time; its result stands.");
        }
    }

    /// <summary>Computes every stored key again; the editions in which a person's, a staff member's or a team's key changed.</summary>
    private async Task<SortedSet<string>> RefreshAsync(CancellationToken cancellationToken)
    {
        var editions = new SortedSet<string>(StringComparer.Ordinal);
        var profiles = await db.Profiles.ToListAsync(cancellationToken);
        foreach (var profile in profiles)
        {
            var (name, organisation) = (VietnameseText.Fold(profile.FullName), VietnameseText.Fold(profile.Organisation));
            if (profile.NameKey != name || profile.OrganisationKey != organisation)
            {
                (profile.NameKey, profile.OrganisationKey) = (name, organisation);
                editions.UnionWith(await db.TeamMembers.Where(m => m.UserId == profile.UserId).Select(m => m.EditionId).ToListAsync(cancellationToken));
            }
        }

        foreach (var staff in await db.StaffMembers.ToListAsync(cancellationToken))
        {
            var key = VietnameseText.Fold(staff.FullName);
            if (staff.NameKey != key)
            {
                staff.NameKey = key;
                editions.Add(staff.EditionId);
            }
        }

        foreach (var conflict in await db.DeclaredConflicts.Where(c => c.Organisation != null).ToListAsync(cancellationToken))
        {
            conflict.OrganisationKey = VietnameseText.Fold(conflict.Organisation);
        }

        await db.SaveChangesAsync(cancellationToken);
        db.ChangeTracker.Clear();

        // Teams one at a time, so that the unique index never sees two teams holding one key mid-way; again while any
        // moved, since a key one team leaves may be the one another team was waiting for.
        var teams = await db.Teams.OrderBy(t => t.Id).ToListAsync(cancellationToken);
        for (var moved = true; moved;)
        {
            moved = false;
            foreach (var edition in teams.GroupBy(t => t.EditionId))
            {
                var taken = edition.Select(t => t.NameKey).ToHashSet(StringComparer.Ordinal);
                foreach (var team in edition.Where(t => t.NameKey != VietnameseText.Fold(t.Name) && !taken.Contains(VietnameseText.Fold(t.Name))))
                {
                    taken.Remove(team.NameKey);
                    team.RefreshNameKey();
                    taken.Add(team.NameKey);
                    await db.SaveChangesAsync(cancellationToken);
                    editions.Add(team.EditionId);
                    moved = true;
                }
            }
        }

        foreach (var team in teams.Where(t => t.NameKey != VietnameseText.Fold(t.Name)))
        {
            logger.LogWarning("Team {PublicCode} keeps its old search key: its name now folds like another team's in edition {Edition}.", team.PublicCode, team.EditionId);
        }

        return editions;
    }

    private async Task StoreVersionAsync(bool insert, CancellationToken cancellationToken)
    {
        var version = VietnameseText.FoldVersion.ToString(CultureInfo.InvariantCulture);
        if (insert)
        {
            db.SiteSettings.Add(new SiteSetting(SettingKey, version));
            await db.SaveChangesAsync(cancellationToken);
        }
        else
        {
            await db.SiteSettings.Where(s => s.Key == SettingKey).ExecuteUpdateAsync(u => u.SetProperty(s => s.Value, version), cancellationToken);
        }
    }
}
