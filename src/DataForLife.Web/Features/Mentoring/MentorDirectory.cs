using DataForLife.Web.Data;
using DataForLife.Web.Domain.Catalogue;
using DataForLife.Web.Domain.Editions;
using Microsoft.EntityFrameworkCore;

namespace DataForLife.Web.Features.Mentoring;

/// <summary>The mentors the public reads about once they are confirmed: name, organisation and expertise, in both languages.</summary>
public sealed class MentorDirectory(AppDbContext db)
{
    public sealed record PublicMentor(string Name, string Organisation, IReadOnlyList<LocalizedText> Expertise);

    public async Task<IReadOnlyList<PublicMentor>> ConfirmedAsync(Edition edition, CancellationToken cancellationToken)
    {
        var mentors = await db.StaffMembers.AsNoTracking()
            .Where(s => s.EditionId == edition.Id && db.MentorAssignments.Any(a => a.EditionId == edition.Id && a.StaffMemberId == s.Id))
            .OrderBy(s => s.NameKey).ToListAsync(cancellationToken);
        var names = await TagNamesAsync(edition, cancellationToken);
        // Tags in the edition's order: categories first, then the catalogue's topics.
        return [.. mentors.Select(m => new PublicMentor(m.FullName, m.Organisation,
            [.. names.Where(n => m.ExpertiseTags.Contains(n.Key)).Select(n => n.Value)]))];
    }

    /// <summary>Every tag a mentor may carry, with its name: the edition's categories, then its catalogue's topics.</summary>
    public async Task<IReadOnlyDictionary<string, LocalizedText>> TagNamesAsync(Edition edition, CancellationToken cancellationToken)
    {
        var names = edition.Definition.Categories.ToDictionary(c => c.Code, c => c.Name, StringComparer.Ordinal);
        foreach (var topic in await db.Set<DataTopic>().AsNoTracking().Where(t => t.EditionId == edition.Id).OrderBy(t => t.Position).ToListAsync(cancellationToken))
        {
            names.TryAdd(topic.Code, topic.Name);
        }

        return names;
    }
}
