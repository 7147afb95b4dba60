using DataForLife.Web.Data;
using DataForLife.Web.Domain;
using DataForLife.Web.Domain.Final;
using DataForLife.Web.Domain.Submissions;
using DataForLife.Web.Features.Audit;
using DataForLife.Web.Features.Submissions;
using Microsoft.EntityFrameworkCore;

namespace DataForLife.Web.Features.Final;

/// <summary>
/// Saves a finalist team's hand-in (a new version each time, overwriting nobody) and takes its files through the
/// dossier's upload checks, from the start of the 24 hours until the team's deadline; an organiser extends one team's
/// deadline with a reason. Every step is audit-logged.
/// </summary>
public sealed class HandInCommands(AppDbContext db, AuditLog audit, DossierUploads uploads)
{
    public async Task<HandInOutcome> SaveAsync(HandInContext context, string userId, HandInInput input, DateTime arrivedAtUtc, CancellationToken cancellationToken = default)
    {
        if (context.RefusalAt(arrivedAtUtc) is { } refusal)
        {
            return new HandInOutcome.Closed(refusal);
        }

        var handIn = context.HandIn;
        if (input.BaseVersion != handIn.LatestVersion)
        {
            return await LatestAsync(handIn, cancellationToken) is { } theirs
                ? new HandInOutcome.Conflict(theirs)
                : new HandInOutcome.Invalid([new FieldError(string.Empty, "Dossier.UnknownBase")]);
        }

        var (repository, video, changelog) = ((input.RepositoryUrl ?? string.Empty).Trim(), (input.VideoUrl ?? string.Empty).Trim(), VietnameseText.Clean(input.Changelog));
        if (HandInRules.Validate(repository, video, changelog) is { Count: > 0 } errors)
        {
            return new HandInOutcome.Invalid(errors);
        }

        var files = await ActiveFilesAsync(context.Dossier, cancellationToken);
        if (handIn.Id == 0)
        {
            db.HandIns.Add(handIn);
        }

        var person = await db.Profiles.Where(p => p.UserId == userId).Select(p => p.FullName).FirstOrDefaultAsync(cancellationToken)
            ?? await db.Users.Where(u => u.Id == userId).Select(u => u.DisplayName).FirstAsync(cancellationToken);
        var version = new HandInVersion
        {
            Number = handIn.LatestVersion + 1, RepositoryUrl = repository, VideoUrl = video, Changelog = changelog,
            FileIds = string.Join(',', files.Select(f => f.Id)), SavedByUserId = userId, SavedByName = person, SavedAtUtc = arrivedAtUtc,
            Checksum = HandInRules.Checksum(repository, video, changelog, files.Select(f => f.Sha256)),
        };
        try
        {
            return await audit.InTransactionAsync<HandInOutcome>(async ct =>
            {
                await db.SaveChangesAsync(ct);
                version.HandInId = handIn.Id;
                db.HandInVersions.Add(version);
                handIn.Record(version);
                audit.Record("final.handed-in", "HandIn", context.Team.PublicCode, after: new { version = version.Number, version.Checksum, files = files.Count },
                    editionId: context.Edition.Id);
                await db.SaveChangesAsync(ct);
                return new HandInOutcome.Saved(version);
            }, cancellationToken);
        }
        catch (DbUpdateException)
        {
            // Another member saved (or an organiser extended the deadline) meanwhile: their version is shown to merge.
            db.ChangeTracker.Clear();
            audit.Discard();
            var stored = await db.HandIns.AsNoTracking().FirstOrDefaultAsync(h => h.TeamId == context.Team.Id, cancellationToken);
            return stored is not null && await LatestAsync(stored, cancellationToken) is { } theirs ? new HandInOutcome.Conflict(theirs) : throw new InvalidOperationException("The hand-in could not be saved.");
        }
    }

    /// <summary>A demo video (MP4) or the slides (PDF), through the dossier's own upload checks and storage.</summary>
    public async Task<UploadOutcome> UploadAsync(HandInContext context, string userId, DossierFileKind kind, string? name, Stream body, DateTime arrivedAtUtc,
        CancellationToken cancellationToken = default)
    {
        if (!DossierFileKinds.OfHandIn.Contains(kind))
        {
            return UploadOutcome.Refused(StatusCodes.Status400BadRequest, "Dossier.KindUnknown");
        }

        if (context.RefusalAt(arrivedAtUtc) is { } refusal)
        {
            return UploadOutcome.Refused(StatusCodes.Status403Forbidden, refusal);
        }

        return await uploads.UploadAsync(AsDossierContext(context), userId, kind, name, body, arrivedAtUtc, cancellationToken);
    }

    public async Task<bool> RemoveFileAsync(HandInContext context, Guid fileId, DateTime arrivedAtUtc, CancellationToken cancellationToken = default) =>
        context.IsOpenAt(arrivedAtUtc)
        && await db.DossierFiles.AnyAsync(f => f.Id == fileId && f.DossierId == context.Dossier.Id && DossierFileKinds.OfHandIn.Contains(f.Kind), cancellationToken)
        && await uploads.RemoveAsync(AsDossierContext(context), fileId, arrivedAtUtc, cancellationToken);

    /// <summary>Moves one team's deadline past the mark (or, with no time, takes the extension back), with a reason.</summary>
    public async Task<ExtensionOutcome> ExtendAsync(HandInContext context, DateTime? untilUtc, string? reason, CancellationToken cancellationToken = default)
    {
        if (context.Run is null)
        {
            return ExtensionOutcome.NotStarted;
        }

        var why = (reason ?? string.Empty).Trim();
        if (why.Length == 0)
        {
            return ExtensionOutcome.ReasonRequired;
        }

        if (untilUtc is { } until && until <= context.Run.EndsAtUtc)
        {
            return ExtensionOutcome.NotAfterMark;
        }

        var handIn = context.HandIn;
        if (handIn.Id == 0)
        {
            db.HandIns.Add(handIn);
        }

        var before = handIn.ExtendedUntilUtc;
        handIn.Extend(untilUtc, why);
        audit.Record(untilUtc is null ? "final.extension-removed" : "final.extended", "HandIn", context.Team.PublicCode,
            before is null ? null : VietnamTime.Format(before.Value), untilUtc is null ? null : VietnamTime.Format(untilUtc.Value), context.Edition.Id, why);
        await audit.SaveChangesAsync(cancellationToken);
        return untilUtc is null ? ExtensionOutcome.Removed : ExtensionOutcome.Extended;
    }

    public async Task<HandInVersion?> LatestAsync(HandIn handIn, CancellationToken cancellationToken) =>
        handIn.Id == 0 ? null : await db.HandInVersions.AsNoTracking().Where(v => v.HandInId == handIn.Id).OrderByDescending(v => v.Number).FirstOrDefaultAsync(cancellationToken);

    /// <summary>What the jury scores: the version saved last before the team's deadline.</summary>
    public async Task<HandInVersion?> JudgedAsync(HandInContext context, CancellationToken cancellationToken) =>
        context.HandIn.Id == 0 || context.DeadlineUtc is not { } deadline ? null
            : await db.HandInVersions.AsNoTracking().Where(v => v.HandInId == context.HandIn.Id && v.SavedAtUtc < deadline)
                .OrderByDescending(v => v.Number).FirstOrDefaultAsync(cancellationToken);

    public async Task<IReadOnlyList<DossierFile>> FilesOfAsync(HandInVersion version, CancellationToken cancellationToken)
    {
        var ids = version.FileIdList;
        return await db.DossierFiles.AsNoTracking().Where(f => ids.Contains(f.Id)).OrderBy(f => f.Kind).ToListAsync(cancellationToken);
    }

    public async Task<IReadOnlyList<DossierFile>> ActiveFilesAsync(Dossier dossier, CancellationToken cancellationToken) =>
        dossier.Id == 0 ? [] : await db.DossierFiles.AsNoTracking()
            .Where(f => f.DossierId == dossier.Id && f.RemovedAtUtc == null && DossierFileKinds.OfHandIn.Contains(f.Kind))
            .OrderBy(f => f.Kind).ThenBy(f => f.ArrivedAtUtc).ToListAsync(cancellationToken);

    private static DossierContext AsDossierContext(HandInContext context) =>
        new(context.Team, context.Edition, context.Dossier, context.Run!.StartedAtUtc, context.DeadlineUtc!.Value, IsLeader: false);
}
