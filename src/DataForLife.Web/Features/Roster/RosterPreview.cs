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
        var kept = new People();
        foreach (var member in existing)
        {
            kept.Add(member, 0);
        }

        var accepted = new People();
        foreach (var (row, input) in rows)
        {
            var (staff, errors) = StaffRules.Read(input, editionId, groups, nowUtc);
            if (staff is not null && kept.RowOf(staff) is not null)
            {
                errors = [new FieldError(string.Empty, "Roster.AlreadyOnRoster")];
                staff = null;
            }
            else if (staff is not null && accepted.RowOf(staff) is { } earlier)
            {
                errors = [new FieldError(string.Empty, "Roster.DuplicateInFile", earlier)];
                staff = null;
            }

            if (staff is not null)
            {
                accepted.Add(staff, row);
            }

            lines.Add(new Line(row, input, staff, errors));
        }

        return new RosterPreview(lines);
    }

    /// <summary>
    /// People found by each of the keys that make two entries one person (<see cref="StaffRules.SamePerson"/>), so that a
    /// file of tens of thousands of rows is checked in one pass, not by comparing every row with every other.
    /// </summary>
    private sealed class People
    {
        private readonly Dictionary<string, int> _byEmail = new(StringComparer.Ordinal);
        private readonly Dictionary<string, int> _byNumber = new(StringComparer.Ordinal);
        private readonly Dictionary<(string, DateOnly?), int> _byNameAndBirth = [];

        public void Add(StaffMember member, int row)
        {
            if (member.Email is not null)
            {
                _byEmail.TryAdd(member.Email, row);
            }

            if (member.IdentityNumber is not null)
            {
                _byNumber.TryAdd(member.IdentityNumber, row);
            }

            _byNameAndBirth.TryAdd((member.NameKey, member.DateOfBirth), row);
        }

        /// <summary>The row of the first entry that is the same person, if any.</summary>
        public int? RowOf(StaffMember member) =>
            member.Email is not null && _byEmail.TryGetValue(member.Email, out var byEmail) ? byEmail
            : member.IdentityNumber is not null && _byNumber.TryGetValue(member.IdentityNumber, out var byNumber) ? byNumber
            : _byNameAndBirth.TryGetValue((member.NameKey, member.DateOfBirth), out var byName) ? byName
            : null;
    }
}
