using DataForLife.Web.Data;
using DataForLife.Web.Domain.Submissions;
using Microsoft.EntityFrameworkCore;

namespace DataForLife.Web.Features.Submissions;

/// <summary>A team's one dossier row, stored when its first version, file or extension needs it.</summary>
internal static class DossierRows
{
    /// <summary>
    /// Stores the team's dossier row if it is new. Two members saving (or uploading) first at the same instant both
    /// find no row; the database's unique index on the team lets one insert win, and the other goes on with that row.
    /// </summary>
    public static async Task<Dossier> StoreAsync(AppDbContext db, Dossier dossier, CancellationToken cancellationToken)
    {
        if (dossier.Id != 0)
        {
            return dossier;
        }

        db.Dossiers.Add(dossier);
        try
        {
            await db.SaveChangesAsync(cancellationToken);
            return dossier;
        }
        catch (DbUpdateException)
        {
            db.Entry(dossier).State = EntityState.Detached;
            var stored = await db.Dossiers.FirstOrDefaultAsync(d => d.TeamId == dossier.TeamId, cancellationToken);
            if (stored is null)
            {
                throw; // not the race: the row could not be stored at all
            }

            return stored;
        }
    }
}
