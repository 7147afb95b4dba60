using DataForLife.Web.Domain;
using DataForLife.Web.Domain.Roster;

namespace DataForLife.Web.Features.Roster;

/// <summary>What an imported file would add: each row with the person read from it or the reasons it is refused.</summary>
public sealed record RosterPreview(IReadOnlyList<RosterPreview.Line> Lines)
{
    public sealed record Line(int Row, StaffInput Input, StaffMember? Staff, IReadOnlyList<FieldError> Errors)
    {
        public bool IsValid => Staff is not null && Errors.Count == 0;
    }

    public int Valid => Lines.Count(l => l.IsValid);

    public int Invalid => Lines.Count - Valid;

    /// <summary>Checks every row, including duplicates within the file and against the roster already kept.</summary>
    public static RosterPreview Build(IReadOnlyList<(int Row, StaffInput Input)> rows, string editionId, IReadOnlyCollection<string> groups,
        IReadOnlyList<StaffMember> existing, DateTime nowUtc)
    {
        var lines = new List<Line>();
        var accepted = new List<StaffMember>();
        foreach (var (row, input) in rows)
        {
            var (staff, errors) = StaffRules.Read(input, editionId, groups, nowUtc);
            if (staff is not null && existing.Any(e => StaffRules.SamePerson(e, staff)))
            {
                errors = [new FieldError(string.Empty, "Roster.AlreadyOnRoster")];
                staff = null;
            }
            else if (staff is not null && accepted.FirstOrDefault(a => StaffRules.SamePerson(a, staff)) is { } earlier)
            {
                errors = [new FieldError(string.Empty, "Roster.DuplicateInFile", lines.First(l => l.Staff == earlier).Row)];
                staff = null;
            }

            if (staff is not null)
            {
                accepted.Add(staff);
            }

            lines.Add(new Line(row, input, staff, errors));
        }

        return new RosterPreview(lines);
    }
}
