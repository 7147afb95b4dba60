using DataForLife.Web.Domain;
using DataForLife.Web.Domain.Editions;

namespace DataForLife.Web.Features.Editions;

/// <summary>
/// The part of an edition organisers edit in the browser. Field names follow <see cref="EditionDefinition"/>, so an
/// <see cref="EditionError"/> for <c>Timeline[2].EndsAt</c> lands beside that very input. Times are Viet Nam wall-clock.
/// </summary>
public sealed class EditionForm
{
    public int Revision { get; set; }
    public TextInput Name { get; set; } = new();
    public TextInput Theme { get; set; } = new();
    public string PublicCodePrefix { get; set; } = string.Empty;
    public List<CategoryInput> Categories { get; set; } = [];
    public List<PhaseInput> Timeline { get; set; } = [];
    public List<RoundInput> Rounds { get; set; } = [];
    public List<PrizeInput> Prizes { get; set; } = [];
    public TeamSettings Teams { get; set; } = new();
    public VotingInput Voting { get; set; } = new();
    public bool RequireTwoFactorForStaff { get; set; }

    /// <summary>The dossier's limits; null when the form did not send them (kept as they were).</summary>
    public SubmissionSettings? Submission { get; set; }

    /// <summary>The tie-breaks in order, one slot per kind (empty slots ignored); null when not sent.</summary>
    public List<TieBreak?>? TieBreaks { get; set; }

    /// <summary>The ceremony's time and certificates; null when not sent (kept as they were).</summary>
    public CeremonyInput? Ceremony { get; set; }

    /// <summary>The organisers' contact point; null when not sent (kept as it was).</summary>
    public ContactInput? Contact { get; set; }

    /// <param name="juryGroups">The jury's groups on the roster: each round after the first may weight them.</param>
    public static EditionForm From(Edition edition, IReadOnlyCollection<string> juryGroups)
    {
        var d = edition.Definition;
        return new EditionForm
        {
            Revision = edition.Revision,
            Name = TextInput.From(d.Name),
            Theme = TextInput.From(d.Theme),
            PublicCodePrefix = d.PublicCodePrefix,
            Categories = [.. d.Categories.Select(c => new CategoryInput { Code = c.Code, Name = TextInput.From(c.Name) })],
            Timeline = [.. d.Timeline.Select(p => new PhaseInput
            {
                Code = p.Code,
                Name = TextInput.From(p.Name),
                StartsAt = VietnamTime.ToVietnam(p.StartsAt).DateTime,
                EndsAt = VietnamTime.ToVietnam(p.EndsAt).DateTime,
            })],
            Rounds = [.. d.Rounds.Select((r, index) => new RoundInput
            {
                Code = r.Code, Name = TextInput.From(r.Name), Quota = r.Quota, TakesVoteBonus = r.TakesVoteBonus, Calibration = r.Calibration,
                ReviewersPerEntry = r.ReviewersPerEntry,
                GroupWeights = index == 0 ? null : [.. juryGroups.Union(r.GroupWeights.Keys, StringComparer.Ordinal).Order(StringComparer.Ordinal)
                    .Select(g => new GroupWeightInput { Group = g, Weight = r.GroupWeights.TryGetValue(g, out var w) ? w : null })],
                Criteria = [.. r.Criteria.Select(c => new CriterionInput { Code = c.Code, Name = TextInput.From(c.Name), Description = TextInput.From(c.Description), Weight = c.Weight, ScaleMax = c.ScaleMax }), new CriterionInput()],
            })],
            Prizes = [.. d.Prizes.Select(p => new PrizeInput { Code = p.Code, Name = TextInput.From(p.Name), Count = p.Count, AmountVnd = p.AmountVnd })],
            Teams = d.Teams,
            Voting = new VotingInput { BonusPoints = d.Voting.BonusPoints, Rule = d.Voting.Rule, PublicCountsDuringWindow = d.Voting.PublicCountsDuringWindow, GalleryOrder = d.Voting.GalleryOrder },
            RequireTwoFactorForStaff = d.Security.RequireTwoFactorForStaff,
            Submission = d.Submission,
            TieBreaks = [.. d.TieBreaks.Cast<TieBreak?>(), .. Enumerable.Repeat<TieBreak?>(null, Math.Max(0, Enum.GetValues<TieBreak>().Length - d.TieBreaks.Count))],
            Ceremony = new CeremonyInput
            {
                ResultsAt = d.Ceremony.ResultsAt is { } at ? VietnamTime.ToVietnam(at).DateTime : null,
                CertifyFinalists = d.Ceremony.CertifyFinalists, CertifySelected = d.Ceremony.CertifySelected,
            },
            Contact = new ContactInput
            {
                Unit = TextInput.From(d.Contact.Unit), Address = TextInput.From(d.Contact.Address), Email = d.Contact.Email, Phone = d.Contact.Phone,
            },
        };
    }

    /// <summary>The edition with this form's values; parts the form does not show are kept as they were.</summary>
    public EditionDefinition ApplyTo(EditionDefinition d) => d with
    {
        Name = Name.ToText(),
        Theme = Theme.ToText(),
        PublicCodePrefix = PublicCodePrefix.Trim(),
        Categories = [.. d.Categories.Select(c => Categories.Find(i => i.Code == c.Code) is { } input ? c with { Name = input.Name.ToText() } : c)],
        Timeline = [.. d.Timeline.Select(p => Timeline.Find(i => i.Code == p.Code) is { } input
            ? p with { Name = input.Name.ToText(), StartsAt = VietnamTime.FromLocal(input.StartsAt), EndsAt = VietnamTime.FromLocal(input.EndsAt) }
            : p)],
        Rounds = [.. d.Rounds.Select(r => Rounds.Find(i => i.Code == r.Code) is { } input
            ? r with
            {
                Name = input.Name.ToText(), Quota = input.Quota, TakesVoteBonus = input.TakesVoteBonus, Calibration = input.Calibration,
                ReviewersPerEntry = input.ReviewersPerEntry, Criteria = CriteriaFrom(r, input),
                GroupWeights = input.GroupWeights is null ? r.GroupWeights
                    : input.GroupWeights.Where(g => g.Weight is not null && !string.IsNullOrWhiteSpace(g.Group)).GroupBy(g => g.Group.Trim(), StringComparer.Ordinal)
                        .ToDictionary(g => g.Key, g => g.Last().Weight!.Value, StringComparer.Ordinal),
            }
            : r)],
        Prizes = [.. d.Prizes.Select(p => Prizes.Find(i => i.Code == p.Code) is { } input
            ? p with { Name = input.Name.ToText(), Count = input.Count, AmountVnd = input.AmountVnd }
            : p)],
        Teams = Teams,
        Voting = d.Voting with { BonusPoints = Voting.BonusPoints, Rule = Voting.Rule, PublicCountsDuringWindow = Voting.PublicCountsDuringWindow, GalleryOrder = Voting.GalleryOrder },
        Security = d.Security with { RequireTwoFactorForStaff = RequireTwoFactorForStaff },
        Submission = Submission ?? d.Submission,
        TieBreaks = TieBreaks is null ? d.TieBreaks : [.. TieBreaks.OfType<TieBreak>()],
        Ceremony = Ceremony is null ? d.Ceremony : new CeremonySettings
        {
            ResultsAt = Ceremony.ResultsAt is { } at ? VietnamTime.FromLocal(at) : null,
            CertifyFinalists = Ceremony.CertifyFinalists, CertifySelected = Ceremony.CertifySelected,
        },
        Contact = Contact is null ? d.Contact : new ContactPoint
        {
            Unit = Contact.Unit.ToText(), Address = Contact.Address.ToText(), Email = (Contact.Email ?? string.Empty).Trim().ToLowerInvariant(),
            Phone = (Contact.Phone ?? string.Empty).Trim(),
        },
    };

    /// <summary>Existing criteria edited or removed, and a new one added when its blank row was filled in.</summary>
    private static List<Criterion> CriteriaFrom(Round round, RoundInput input)
    {
        var criteria = new List<Criterion>();
        foreach (var row in input.Criteria.Where(c => !c.Remove))
        {
            var existing = round.Criteria.FirstOrDefault(c => c.Code == row.Code);
            if (existing is not null)
            {
                criteria.Add(existing with { Name = row.Name.ToText(), Description = row.Description?.ToText() ?? existing.Description, Weight = row.Weight, ScaleMax = row.ScaleMax });
            }
            else if (!string.IsNullOrWhiteSpace(row.Name.Vi))
            {
                var code = VietnameseText.Fold(row.Name.En ?? row.Name.Vi).Replace(' ', '-');
                criteria.Add(new Criterion(code, row.Name.ToText(), row.Description?.ToText() ?? LocalizedText.Empty, row.Weight, row.ScaleMax));
            }
        }

        return criteria;
    }

    public sealed class TextInput
    {
        public string? Vi { get; set; }
        public string? En { get; set; }

        public static TextInput From(LocalizedText text) => new() { Vi = text.Vi, En = text.En };

        public LocalizedText ToText() => new((Vi ?? string.Empty).Trim(), (En ?? string.Empty).Trim());
    }

    public sealed class CategoryInput
    {
        public string Code { get; set; } = string.Empty;
        public TextInput Name { get; set; } = new();
    }

    public sealed class PhaseInput
    {
        public string Code { get; set; } = string.Empty;
        public TextInput Name { get; set; } = new();
        public DateTime StartsAt { get; set; }
        public DateTime EndsAt { get; set; }
    }

    public sealed class RoundInput
    {
        public string Code { get; set; } = string.Empty;
        public TextInput Name { get; set; } = new();
        public int Quota { get; set; }
        public bool TakesVoteBonus { get; set; }
        public Calibration Calibration { get; set; }
        public int ReviewersPerEntry { get; set; } = 3;
        public List<CriterionInput> Criteria { get; set; } = [];

        /// <summary>Weights of the jury groups in the judge score (empty: every judge counts alike); null when not sent.</summary>
        public List<GroupWeightInput>? GroupWeights { get; set; }
    }

    public sealed class GroupWeightInput
    {
        public string Group { get; set; } = string.Empty;
        public double? Weight { get; set; }
    }

    public sealed class CriterionInput
    {
        /// <summary>Empty on the row for a new criterion.</summary>
        public string? Code { get; set; }
        public TextInput Name { get; set; } = new();

        /// <summary>What judges look for (shown on the score sheet and the rules page); null when the form did not send it.</summary>
        public TextInput? Description { get; set; }
        public double Weight { get; set; } = 10;
        public int ScaleMax { get; set; } = 10;
        public bool Remove { get; set; }
    }

    public sealed class PrizeInput
    {
        public string Code { get; set; } = string.Empty;
        public TextInput Name { get; set; } = new();
        public int Count { get; set; }
        public long AmountVnd { get; set; }
    }

    public sealed class VotingInput
    {
        public double BonusPoints { get; set; }
        public VoteRule Rule { get; set; }
        public bool PublicCountsDuringWindow { get; set; }
        public GalleryOrder GalleryOrder { get; set; }
    }

    public sealed class CeremonyInput
    {
        /// <summary>Viet Nam wall-clock time; empty keeps the results hidden until one is set.</summary>
        public DateTime? ResultsAt { get; set; }
        public bool CertifyFinalists { get; set; }
        public bool CertifySelected { get; set; }
    }

    public sealed class ContactInput
    {
        public TextInput Unit { get; set; } = new();
        public TextInput Address { get; set; } = new();
        public string? Email { get; set; }
        public string? Phone { get; set; }
    }
}
