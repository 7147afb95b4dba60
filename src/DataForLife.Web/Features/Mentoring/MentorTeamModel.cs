using DataForLife.Web.Data;
using DataForLife.Web.Domain.Registration;
using DataForLife.Web.Domain.Submissions;
using DataForLife.Web.Features.Submissions;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace DataForLife.Web.Features.Mentoring;

/// <summary>One of a mentor's teams: its dossier as judged, its members' contacts and the shared log. Another team is a 404.</summary>
[Authorize(Roles = Domain.Accounts.Roles.Mentor)]
public sealed class MentorTeamModel(AppDbContext db, MentoringAccess access, MentoringLog log, DossierAccess dossiers, DossierQueries queries,
    IStringLocalizer<SharedResource> l) : MentoringPage(db, log, l)
{
    private readonly AppDbContext _db = db;

    public sealed record Contact(string Name, bool IsLeader, string Email, string Phone, string Organisation);

    public DossierVersion? Dossier { get; private set; }

    public IReadOnlyList<DossierFile> Files { get; private set; } = [];

    public IReadOnlyList<Contact> Contacts { get; private set; } = [];

    public Team Team => Mentoring!.Team;

    public async Task<IActionResult> OnGetAsync(int teamId, CancellationToken cancellationToken) =>
        await LoadAsync(teamId, cancellationToken) ? Page() : NotFound();

    public async Task<IActionResult> OnPostNoteAsync(int teamId, IFormFile? file, CancellationToken cancellationToken) =>
        await LoadAsync(teamId, cancellationToken) ? await WriteAsync(file, cancellationToken) : NotFound();

    private async Task<bool> LoadAsync(int teamId, CancellationToken cancellationToken)
    {
        Mentoring = await access.ForMentorAsync(UserId, teamId, cancellationToken);
        if (Mentoring is null || await dossiers.ForOrganiserAsync(teamId, cancellationToken) is not { } dossier)
        {
            return false;
        }

        Dossier = await queries.JudgedAsync(dossier.Dossier, dossier.DeadlineUtc, cancellationToken);
        Files = await queries.FilesAtAsync(dossier.Dossier, dossier.DeadlineUtc, cancellationToken);
        var members = Mentoring.Team.Members.OrderByDescending(m => m.IsLeader).ThenBy(m => m.JoinedAtUtc).ToList();
        var ids = members.Select(m => m.UserId).ToList();
        var profiles = await _db.Profiles.AsNoTracking().Where(p => ids.Contains(p.UserId)).ToDictionaryAsync(p => p.UserId, cancellationToken);
        var emails = await _db.Users.AsNoTracking().Where(u => ids.Contains(u.Id)).ToDictionaryAsync(u => u.Id, u => (u.Email ?? string.Empty, u.DisplayName), cancellationToken);
        Contacts = [.. members.Select(m => profiles.GetValueOrDefault(m.UserId) is { } p
            ? new Contact(p.FullName, m.IsLeader, emails[m.UserId].Item1, p.Phone, p.Organisation)
            : new Contact(emails[m.UserId].DisplayName, m.IsLeader, emails[m.UserId].Item1, string.Empty, string.Empty))];
        await LoadNotesAsync(cancellationToken);
        return true;
    }
}
