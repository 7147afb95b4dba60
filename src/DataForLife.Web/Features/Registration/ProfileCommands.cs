using DataForLife.Web.Data;
using DataForLife.Web.Domain;
using DataForLife.Web.Domain.Registration;
using DataForLife.Web.Features.Audit;
using Microsoft.EntityFrameworkCore;

namespace DataForLife.Web.Features.Registration;

/// <summary>Saves a person's profile after <see cref="ProfileRules"/>, and re-decides the eligibility of their teams.</summary>
public sealed class ProfileCommands(AppDbContext db, AuditLog audit, EligibilityService eligibility, Editions.EditionStore editions, TimeProvider clock)
{
    private static readonly FieldError DocumentInOtherTeam = new(nameof(ProfileInput.DocumentNumber), "Profile.DocumentInOtherTeam");

    public async Task<IReadOnlyList<FieldError>> SaveAsync(string userId, ProfileInput input, CancellationToken cancellationToken = default)
    {
        var errors = ProfileRules.Validate(input, DateOnly.FromDateTime(VietnamTime.ToVietnam(clock.GetUtcNow()).DateTime));
        if (errors.Count > 0)
        {
            return errors;
        }

        // The document is the person (one team per edition): it may not become that of another team's member.
        var number = ProfileRules.NormaliseDocument(input.DocumentNumber);
        var memberships = await db.TeamMembers.Where(m => m.UserId == userId).ToListAsync(cancellationToken);
        var editions = memberships.Select(m => m.EditionId).ToList();
        if (number.Length > 0 && await db.TeamMembers.AnyAsync(m => m.UserId != userId && m.PersonKey == number && editions.Contains(m.EditionId), cancellationToken))
        {
            return [DocumentInOtherTeam];
        }

        // While a contest the person is in is being judged, the organisation conflicts are found from stays as it was.
        var organisationKey = VietnameseText.Fold(input.Organisation);
        var current = await db.Profiles.AsNoTracking().Where(p => p.UserId == userId).Select(p => p.OrganisationKey).FirstOrDefaultAsync(cancellationToken);
        if (current is not null && current != organisationKey && await IsBeingJudgedAsync(editions.Distinct(), cancellationToken))
        {
            return [new FieldError(nameof(ProfileInput.Organisation), "Profile.OrganisationFrozen")];
        }

        var email = await db.Users.Where(u => u.Id == userId).Select(u => u.Email).FirstAsync(cancellationToken) ?? string.Empty;
        var profile = await db.Profiles.FirstOrDefaultAsync(p => p.UserId == userId, cancellationToken);
        var isNew = profile is null;
        profile ??= new Profile { UserId = userId };
        profile.FullName = VietnameseText.Clean(input.FullName);
        profile.NameKey = VietnameseText.Fold(input.FullName);
        profile.DateOfBirth = input.DateOfBirth!.Value;
        profile.Sex = input.Sex!.Value;
        profile.Nationality = input.Nationality!;
        profile.CountryOfResidence = input.CountryOfResidence!;
        profile.DocumentKind = profile.IsCitizen ? IdentityDocumentKind.CitizenNumber : IdentityDocumentKind.Passport;
        profile.DocumentNumber = number;
        memberships.ForEach(m => m.Identify(number));
        profile.Phone = ProfileRules.NormalisePhone(input.Phone)!;
        profile.Email = email;
        profile.Organisation = VietnameseText.Clean(input.Organisation);
        profile.OrganisationKey = VietnameseText.Fold(input.Organisation);
        profile.UpdatedAtUtc = clock.GetUtcNow().UtcDateTime;
        if (isNew)
        {
            db.Profiles.Add(profile);
        }

        // Personal data stays out of the audit log; that the profile changed is enough to explain a new status.
        audit.Record(isNew ? "profile.created" : "profile.updated", nameof(Profile), userId);
        try
        {
            await audit.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException) when (number.Length > 0 && memberships.Count > 0)
        {
            // Another account with this document joined a team of the person's edition between the check and the save
            // (the only unique index such a save can break).
            db.ChangeTracker.Clear();
            audit.Discard();
            return [DocumentInOtherTeam];
        }

        await eligibility.RecomputeForPersonAsync(userId, cancellationToken);
        return [];
    }

    private async Task<bool> IsBeingJudgedAsync(IEnumerable<string> editionIds, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        foreach (var id in editionIds)
        {
            if (await editions.FindAsync(id, cancellationToken) is { } edition && Domain.Judging.JudgingPeriod.IsUnderWay(edition.Definition, now))
            {
                return true;
            }
        }

        return false;
    }
}
