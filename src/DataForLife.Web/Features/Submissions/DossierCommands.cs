using System.Globalization;
using DataForLife.Web.Data;
using DataForLife.Web.Domain;
using DataForLife.Web.Domain.Catalogue;
using DataForLife.Web.Domain.Submissions;
using DataForLife.Web.Features.Audit;
using DataForLife.Web.Features.Email;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace DataForLife.Web.Features.Submissions;

/// <summary>
/// Saves a dossier version (a draft, or a submission by the leader with the commitment), refusing anything that
/// reaches the server after the team's deadline, and overwriting nobody: a save based on an older version is a conflict.
/// </summary>
public sealed class DossierCommands(AppDbContext db, AuditLog audit, EmailOutbox outbox, Infrastructure.CriticalSections sections, IStringLocalizer<SharedResource> l)
{
    public string Declaration => l["Dossier.Declaration"];

    public async Task<SaveOutcome> SaveAsync(DossierContext context, string userId, DossierInput input, DateTime arrivedAtUtc, string fromAddress,
        CancellationToken cancellationToken = default)
    {
        if (!context.IsOpenAt(arrivedAtUtc))
        {
            return new SaveOutcome.Closed(arrivedAtUtc < context.OpensAtUtc ? "Dossier.NotOpenYet" : "Dossier.Closed");
        }

        var dossier = context.Dossier;
        if (input.BaseVersion != dossier.LatestVersion)
        {
            // Based on a version that does not exist (none is saved yet, or a number from nowhere): nothing to compare with.
            return await db.DossierVersions.AsNoTracking().FirstOrDefaultAsync(v => v.DossierId == dossier.Id && v.Number == dossier.LatestVersion, cancellationToken)
                is { } theirs
                ? new SaveOutcome.Conflict(theirs)
                : new SaveOutcome.Invalid([new FieldError(string.Empty, "Dossier.UnknownBase")]);
        }

        var catalogue = await db.Set<DataSet>().AsNoTracking().Where(d => d.EditionId == context.Team.EditionId)
            .OrderBy(d => d.Position).ThenBy(d => d.Id).Select(d => new { d.Id, d.Slug }).ToListAsync(cancellationToken);
        var wanted = (input.UsedDataSets ?? []).Select(s => (s ?? string.Empty).Trim()).Where(s => s.Length > 0).ToHashSet(StringComparer.Ordinal);
        var used = catalogue.Where(d => wanted.Contains(d.Slug)).ToList();
        var text = new DossierText
        {
            Why = Clean(input.Why), How = Clean(input.How), Highlights = Clean(input.Highlights), Results = Clean(input.Results),
            DataSets = Clean(input.DataSets), Roles = Clean(input.Roles), VideoUrl = (input.VideoUrl ?? string.Empty).Trim(),
            CatalogueSlugs = string.Join(',', used.Select(d => d.Slug)),
        };
        var files = dossier.Id == 0 ? [] : await db.DossierFiles.AsNoTracking().Where(f => f.DossierId == dossier.Id && f.RemovedAtUtc == null && DossierFileKinds.OfDossier.Contains(f.Kind)).ToListAsync(cancellationToken);
        // The team's declaration, once given, stands for its later submissions: a leader re-submitting is not asked again.
        var given = input.Submit && !input.AcceptCommitment ? await GivenCommitmentAsync(dossier, cancellationToken) : null;
        var errors = new List<FieldError>(DossierRules.Validate(text, context.Settings, input.Submit,
            input.AcceptCommitment || given is not null, files.Any(f => f.Kind == DossierFileKind.SignedScan)));
        if (used.Count < wanted.Count)
        {
            errors.Add(new FieldError(nameof(DossierInput.UsedDataSets), "Dossier.UnknownDataSet"));
        }

        if (input.Submit && !context.IsLeader)
        {
            errors.Insert(0, new FieldError(string.Empty, "Dossier.LeaderSubmits"));
        }

        // The edition's smallest team (1 by default) is checked where it matters: a dossier is submitted by a team
        // that has at least that many members. Drafts are saved whatever the size.
        if (input.Submit && !context.Edition.Definition.Teams.IsLargeEnough(context.Team.Members.Count))
        {
            errors.Insert(0, new FieldError(string.Empty, "Dossier.TeamTooSmall", context.Edition.Definition.Teams.MinSize, context.Team.Members.Count));
        }

        if (errors.Count > 0)
        {
            return new SaveOutcome.Invalid(errors);
        }

        var person = await db.Profiles.Where(p => p.UserId == userId).Select(p => p.FullName).FirstOrDefaultAsync(cancellationToken)
            ?? await db.Users.Where(u => u.Id == userId).Select(u => u.DisplayName).FirstAsync(cancellationToken);
        var commitment = !input.Submit ? null : given ?? new Commitment(person, arrivedAtUtc, fromAddress, DossierRules.DeclarationHash(Declaration));
        var version = new DossierVersion
        {
            Number = dossier.LatestVersion + 1,
            IsSubmission = input.Submit,
            Text = text,
            FileIds = string.Join(',', files.Select(f => f.Id)),
            SavedByUserId = userId,
            SavedByName = person,
            SavedAtUtc = arrivedAtUtc,
            Commitment = commitment,
            Checksum = DossierRules.Checksum(text, commitment, files.Select(f => f.Sha256)),
        };

        // No lock: from here to the commit, the dossier's row (stored once) and its latest version decide between
        // saves checked against the same version.
        await sections.ArrivedAsync("dossier.save", cancellationToken);
        await sections.InsideAsync("dossier.save", cancellationToken);
        if (dossier.Id == 0)
        {
            dossier = await DossierRows.StoreAsync(db, dossier, cancellationToken);
            if (dossier.LatestVersion != input.BaseVersion)
            {
                // Another member's first save stored its version while this one was being checked.
                return new SaveOutcome.Conflict(await db.DossierVersions.AsNoTracking()
                    .SingleAsync(v => v.DossierId == dossier.Id && v.Number == dossier.LatestVersion, cancellationToken));
            }
        }

        version.DossierId = dossier.Id;
        db.DossierVersions.Add(version);
        // The links follow the latest version, in the same commit as it.
        var links = await db.DossierDataSets.Where(l => l.DossierId == dossier.Id).ToListAsync(cancellationToken);
        db.DossierDataSets.RemoveRange(links.Where(l => used.All(d => d.Id != l.DataSetId)));
        db.DossierDataSets.AddRange(used.Where(d => links.All(l => l.DataSetId != d.Id)).Select(d => new DossierDataSet { DossierId = dossier.Id, DataSetId = d.Id }));
        dossier.Record(version);
        audit.Record(input.Submit ? "dossier.submitted" : "dossier.saved", "Dossier", context.Team.PublicCode,
            after: new { version = version.Number, version.Checksum, files = files.Count }, editionId: context.Team.EditionId);
        if (input.Submit)
        {
            await QueueReceiptsAsync(context, version, files.Count, cancellationToken);
        }

        try
        {
            // The page confirms only after this commit: a version is either saved whole or not at all.
            await audit.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException)
        {
            db.ChangeTracker.Clear();
            // Another save took the version, or an organiser changed the dossier's deadline meanwhile: the latest
            // version is shown to be merged. With no version at all there is nothing to show: a real failure.
            var theirs = await db.DossierVersions.AsNoTracking().Where(v => v.DossierId == dossier.Id)
                .OrderByDescending(v => v.Number).FirstOrDefaultAsync(cancellationToken);
            if (theirs is null)
            {
                throw;
            }

            return new SaveOutcome.Conflict(theirs);
        }

        return new SaveOutcome.Saved(version);
    }

    /// <summary>
    /// An organiser moves one team's deadline (or, with no time, takes the extension back), with a reason. A version
    /// the team submitted on time stays on time: a deadline that would make the latest submission late is refused
    /// (drafts are never judged, so they do not hold the deadline).
    /// </summary>
    public async Task<ExtendOutcome> ExtendAsync(DossierContext context, DateTime? untilUtc, string reason, CancellationToken cancellationToken = default)
    {
        var dossier = await DossierRows.StoreAsync(db, context.Dossier, cancellationToken);
        var editionDeadline = context.Edition.Definition.FindPhase(DossierAccess.PhaseCode)?.EndsAt.UtcDateTime ?? context.DeadlineUtc;
        var lastSubmitted = await db.DossierVersions.Where(v => v.DossierId == dossier.Id && v.IsSubmission)
            .MaxAsync(v => (DateTime?)v.SavedAtUtc, cancellationToken);
        if (lastSubmitted is { } submitted && !DossierRules.IsOnTime(submitted, context.OpensAtUtc, Dossier.Deadline(untilUtc, editionDeadline)))
        {
            return new ExtendOutcome.WouldMakeLate(DateTime.SpecifyKind(submitted, DateTimeKind.Utc));
        }

        var before = dossier.ExtendedUntilUtc;
        dossier.Extend(untilUtc, reason);
        audit.Record(untilUtc is null ? "dossier.extension-removed" : "dossier.extended", "Dossier", context.Team.PublicCode,
            before is null ? null : VietnamTime.Format(before.Value), untilUtc is null ? null : VietnamTime.Format(untilUtc.Value), context.Team.EditionId, reason);
        try
        {
            await audit.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateConcurrencyException)
        {
            // The team saved at this very moment (the dossier's revision moved): nothing changed.
            db.ChangeTracker.Clear();
            audit.Discard();
            return new ExtendOutcome.Conflict();
        }

        return new ExtendOutcome.Extended();
    }

    /// <summary>The declaration the team's latest submission carries, if it has submitted before.</summary>
    public async Task<Commitment?> GivenCommitmentAsync(Dossier dossier, CancellationToken cancellationToken = default) =>
        dossier.Id == 0 ? null : (await db.DossierVersions.AsNoTracking().Where(v => v.DossierId == dossier.Id && v.IsSubmission)
            .OrderByDescending(v => v.Number).FirstOrDefaultAsync(cancellationToken))?.Commitment;

    private async Task QueueReceiptsAsync(DossierContext context, DossierVersion version, int files, CancellationToken cancellationToken)
    {
        var members = context.Team.Members.Select(m => m.UserId).ToList();
        var emails = await db.Users.Where(u => members.Contains(u.Id)).Select(u => u.Email!).ToListAsync(cancellationToken);
        var when = VietnamTime.Format(version.SavedAtUtc);
        foreach (var email in emails)
        {
            outbox.Enqueue(email, l["Mail.Receipt.Subject", context.Team.Name, version.Number],
                l["Mail.Receipt.Text", context.Team.Name, context.Team.PublicCode, version.Number.ToString(CultureInfo.InvariantCulture), when,
                    version.Checksum, files, version.SavedByName, VietnamTime.Format(context.DeadlineUtc)]);
        }
    }

    private static string Clean(string? text) => (text ?? string.Empty).Replace("\r\n", "\n", StringComparison.Ordinal).Trim().Normalize(System.Text.NormalizationForm.FormC);
}
