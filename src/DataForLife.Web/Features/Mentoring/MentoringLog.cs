using DataForLife.Web.Data;
using DataForLife.Web.Domain;
using DataForLife.Web.Domain.Mentoring;
using DataForLife.Web.Features.Audit;
using DataForLife.Web.Infrastructure.Files;
using Microsoft.EntityFrameworkCore;

namespace DataForLife.Web.Features.Mentoring;

/// <summary>
/// The shared log of a finalist team and its mentor. The team and the mentor write, the organisers read. A file is
/// stored as dossier files are (cut off at its limit, its type told by its bytes, a photo stripped of its metadata).
/// </summary>
public sealed class MentoringLog(AppDbContext db, AuditLog audit, IFileStorage storage, TimeProvider clock)
{
    public async Task<IReadOnlyList<MentoringNote>> ListAsync(int teamId, CancellationToken cancellationToken) =>
        await db.MentoringNotes.AsNoTracking().Where(n => n.TeamId == teamId).OrderByDescending(n => n.CreatedAtUtc).ThenByDescending(n => n.Id).ToListAsync(cancellationToken);

    public async Task<IReadOnlyList<FieldError>> AddAsync(MentoringTeam context, string userId, string authorName, MentoringInput input,
        string? fileName, Stream? file, CancellationToken cancellationToken)
    {
        if (context.Viewer == MentoringViewer.Organiser || context.Mentor is null)
        {
            return [new FieldError(string.Empty, "Mentoring.NoMentorYet")];
        }

        var text = VietnameseText.Clean(input.Text);
        var errors = new List<FieldError>();
        if (!Enum.IsDefined(input.Kind))
        {
            errors.Add(new FieldError(nameof(MentoringInput.Kind), "Mentoring.KindUnknown"));
        }

        if (text.Length == 0 && file is null)
        {
            errors.Add(new FieldError(nameof(MentoringInput.Text), "Mentoring.TextRequired"));
        }
        else if (text.Length > MentoringNote.MaxTextLength)
        {
            errors.Add(new FieldError(nameof(MentoringInput.Text), "Dossier.TooManyCharacters", text.Length, MentoringNote.MaxTextLength));
        }

        if (input.MeetingAt is { } at && !VietnamTime.IsPlausible(at))
        {
            errors.Add(new FieldError(nameof(MentoringInput.MeetingAt), "Edition.DateOutOfRange"));
        }

        if (input.Kind == MentoringNoteKind.File && file is null)
        {
            errors.Add(new FieldError("File", "Mentoring.FileRequired"));
        }

        if (errors.Count > 0)
        {
            return errors;
        }

        var note = new MentoringNote
        {
            EditionId = context.Edition.Id, TeamId = context.Team.Id, Kind = input.Kind, Text = text,
            MeetingAtUtc = input.Kind == MentoringNoteKind.Meeting && input.MeetingAt is { } meeting ? VietnamTime.FromLocal(meeting).UtcDateTime : null,
            AuthorUserId = userId, AuthorName = authorName, ByMentor = context.Viewer == MentoringViewer.Mentor, CreatedAtUtc = clock.GetUtcNow().UtcDateTime,
        };
        if (file is not null && await StoreAsync(note, context, fileName, file, cancellationToken) is { } refused)
        {
            return [refused];
        }

        db.MentoringNotes.Add(note);
        audit.Record("mentoring.noted", "Team", context.Team.PublicCode,
            after: new { kind = note.Kind.ToString(), byMentor = note.ByMentor, file = note.FileName, note.FileSha256 }, editionId: context.Edition.Id);
        await audit.SaveChangesAsync(cancellationToken);
        return [];
    }

    public async Task<IResult> FileAsync(MentoringTeam context, int noteId, CancellationToken cancellationToken)
    {
        var note = await db.MentoringNotes.AsNoTracking().FirstOrDefaultAsync(n => n.Id == noteId && n.TeamId == context.Team.Id, cancellationToken);
        return note?.FileStorageKey is { } key && storage.Exists(key)
            ? TypedResults.Stream(storage.OpenRead(key), note.FileContentType, note.FileName, enableRangeProcessing: true)
            : TypedResults.NotFound();
    }

    private async Task<FieldError?> StoreAsync(MentoringNote note, MentoringTeam context, string? fileName, Stream file, CancellationToken cancellationToken)
    {
        var limitMb = context.Edition.Definition.Submission.MaxPdfMegabytes;
        var stored = await storage.SaveAsync(file, limitMb * 1024L * 1024L, cancellationToken);
        if (stored is null)
        {
            return new FieldError("File", "Dossier.FileTooLarge", limitMb);
        }

        var type = FileSniffer.Sniff(stored.Head);
        if (type is SniffedType.Jpeg or SniffedType.Png or SniffedType.WebP)
        {
            byte[] original;
            await using (var read = storage.OpenRead(stored.Key))
            using (var copy = new MemoryStream())
            {
                await read.CopyToAsync(copy, cancellationToken);
                original = copy.ToArray();
            }

            if (MetadataStripper.Strip(original, type) is { } stripped)
            {
                stored = await storage.ReplaceAsync(stored.Key, stripped, cancellationToken);
            }
            else
            {
                type = SniffedType.Unknown;
            }
        }

        if (type is not (SniffedType.Pdf or SniffedType.Jpeg or SniffedType.Png or SniffedType.WebP))
        {
            storage.Delete(stored.Key);
            return new FieldError("File", "Mentoring.FileType");
        }

        note.FileName = FileSniffer.SafeName(fileName, type);
        note.FileContentType = FileSniffer.ContentType(type);
        note.FileSize = stored.Size;
        note.FileSha256 = stored.Sha256;
        note.FileStorageKey = stored.Key;
        return null;
    }
}
