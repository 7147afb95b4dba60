using System.IO.Compression;
using System.IO.Pipelines;
using System.Text;
using System.Text.Json;
using DataForLife.Web.Data;
using DataForLife.Web.Domain;
using DataForLife.Web.Domain.Submissions;
using DataForLife.Web.Infrastructure.Files;
using Microsoft.EntityFrameworkCore;

namespace DataForLife.Web.Features.Submissions;

/// <summary>
/// Writes dossiers as a ZIP straight into the response: one folder a team with the judged version as Markdown, its
/// files, and a manifest of SHA-256 hashes. The archive is built on a worker thread into a pipe that the response
/// drains asynchronously, so nothing is assembled in memory and no request thread blocks on the network.
/// </summary>
public sealed class DossierZip(AppDbContext db, DossierAccess access, DossierQueries queries, IFileStorage storage, TimeProvider clock)
{
    private sealed record Bundle(string Folder, string? Markdown, string Manifest, IReadOnlyList<(string Path, string StorageKey, bool Compress)> Files);

    public async Task WriteTeamAsync(Stream output, DossierContext context, CancellationToken cancellationToken) =>
        await WriteAsync(output, [await BundleAsync(context, cancellationToken)], cancellationToken);

    public async Task WriteEditionAsync(Stream output, string editionId, CancellationToken cancellationToken)
    {
        var teamIds = await db.Dossiers.AsNoTracking().Where(d => d.EditionId == editionId)
            .Join(db.Teams, d => d.TeamId, t => t.Id, (d, t) => new { t.Id, t.Sequence }).OrderBy(t => t.Sequence).Select(t => t.Id).ToListAsync(cancellationToken);
        var bundles = new List<Bundle>();
        foreach (var teamId in teamIds)
        {
            if (await access.ForOrganiserAsync(teamId, cancellationToken) is { } context)
            {
                bundles.Add(await BundleAsync(context, cancellationToken));
            }
        }

        await WriteAsync(output, bundles, cancellationToken);
    }

    private async Task WriteAsync(Stream output, IReadOnlyList<Bundle> bundles, CancellationToken cancellationToken)
    {
        var pipe = new Pipe(new PipeOptions(pauseWriterThreshold: 1024 * 1024, resumeWriterThreshold: 512 * 1024));
        var build = Task.Run(() =>
        {
            try
            {
                using (var zip = new ZipArchive(pipe.Writer.AsStream(leaveOpen: true), ZipArchiveMode.Create, leaveOpen: false, Encoding.UTF8))
                {
                    foreach (var bundle in bundles)
                    {
                        Add(zip, bundle, cancellationToken);
                    }
                }

                pipe.Writer.Complete();
            }
            catch (Exception ex)
            {
                pipe.Writer.Complete(ex);
            }
        }, cancellationToken);
        await pipe.Reader.CopyToAsync(output, cancellationToken);
        await pipe.Reader.CompleteAsync();
        await build;
    }

    private void Add(ZipArchive zip, Bundle bundle, CancellationToken cancellationToken)
    {
        if (bundle.Markdown is not null)
        {
            WriteText(zip, bundle.Folder + "dossier.md", bundle.Markdown);
        }

        foreach (var (path, key, compress) in bundle.Files)
        {
            cancellationToken.ThrowIfCancellationRequested();
            using var target = zip.CreateEntry(bundle.Folder + path, compress ? CompressionLevel.Fastest : CompressionLevel.NoCompression).Open();
            using var source = storage.OpenRead(key);
            source.CopyTo(target);
        }

        WriteText(zip, bundle.Folder + "manifest.json", bundle.Manifest);
    }

    private async Task<Bundle> BundleAsync(DossierContext context, CancellationToken cancellationToken)
    {
        // Before the deadline the archive shows the latest submission; afterwards exactly what is judged.
        var moment = clock.GetUtcNow().UtcDateTime < context.DeadlineUtc ? DateTime.MaxValue : context.DeadlineUtc;
        var version = await queries.JudgedAsync(context.Dossier, moment, cancellationToken);
        var files = await queries.FilesAtAsync(context.Dossier, moment, cancellationToken);
        var names = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        var entries = new List<(string, string, bool)>();
        var manifest = new List<object>();
        foreach (var file in files)
        {
            var name = $"{file.Kind.ToString().ToLowerInvariant()}-{file.DisplayName}";
            while (!names.Add(name))
            {
                name = file.Id.ToString("N")[..6] + "-" + name;
            }

            entries.Add(("files/" + name, file.StorageKey, file.Kind == DossierFileKind.Pdf));
            manifest.Add(new { path = "files/" + name, file.Size, file.Sha256, arrivedAt = VietnamTime.ToVietnam(file.ArrivedAtUtc) });
        }

        var json = JsonSerializer.Serialize(new
        {
            team = context.Team.PublicCode,
            context.Team.Name,
            version = version?.Number,
            checksum = version?.Checksum,
            submittedAt = version is null ? (DateTimeOffset?)null : VietnamTime.ToVietnam(version.SavedAtUtc),
            deadline = VietnamTime.ToVietnam(context.DeadlineUtc),
            files = manifest,
        }, Domain.Editions.EditionJson.Options);
        return new Bundle(context.Team.PublicCode + "/", version is null ? null : DossierMarkdown.Of(context.Team, version, context.Edition.Definition.Categories), json, entries);
    }

    private static void WriteText(ZipArchive zip, string path, string text)
    {
        using var stream = zip.CreateEntry(path).Open();
        stream.Write(Encoding.UTF8.GetBytes(text));
    }
}
