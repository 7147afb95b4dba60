using DataForLife.Web.Data;
using DataForLife.Web.Domain.Roster;
using Microsoft.EntityFrameworkCore;

namespace DataForLife.Web.Features.Judging;

/// <summary>The edition's judges: roster entries of the jury and the expert council that have an account.</summary>
public sealed class JudgeDirectory(AppDbContext db)
{
    public sealed record JudgeEntry(string UserId, string Name, string Email, StaffBody Body, StaffPosition Position, string Group, string Organisation);

    public async Task<IReadOnlyList<JudgeEntry>> ListAsync(string editionId, CancellationToken cancellationToken) =>
        await db.StaffMembers.AsNoTracking()
            .Where(s => s.EditionId == editionId && s.UserId != null && (s.Body == StaffBody.Jury || s.Body == StaffBody.Council))
            .OrderBy(s => s.Body).ThenByDescending(s => s.Position).ThenBy(s => s.NameKey)
            .Select(s => new JudgeEntry(s.UserId!, s.FullName, s.Email ?? string.Empty, s.Body, s.Position, s.Group, s.Organisation))
            .ToListAsync(cancellationToken);

    /// <summary>Who judges a round: the expert council reviews dossiers in round 1; the whole jury hears the later rounds.</summary>
    public async Task<IReadOnlyList<JudgeEntry>> ForRoundAsync(string editionId, int roundIndex, CancellationToken cancellationToken) =>
        [.. (await ListAsync(editionId, cancellationToken)).Where(j => roundIndex == 0 ? j.Body == StaffBody.Council : j.Body == StaffBody.Jury)];

    public async Task<JudgeEntry?> FindAsync(string editionId, string userId, CancellationToken cancellationToken) =>
        (await ListAsync(editionId, cancellationToken)).FirstOrDefault(j => j.UserId == userId);
}
