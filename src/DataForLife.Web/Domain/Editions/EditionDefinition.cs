using System.Text.Json.Serialization;

namespace DataForLife.Web.Domain.Editions;

/// <summary>
/// Everything that defines one year's contest. It is stored as one JSON document, in the same shape as the
/// versioned files under <c>editions/</c>, so an edition can be read, diffed and copied as a whole.
/// </summary>
public sealed record EditionDefinition
{
    public required LocalizedText Name { get; init; }
    public required LocalizedText Theme { get; init; }
    public required LocalizedText Purpose { get; init; }
    public required LocalizedText Organisers { get; init; }
    public string PlanReference { get; init; } = string.Empty;

    /// <summary>Prefix of the teams' public codes, for example <c>D4L23</c> gives <c>D4L23-017</c>.</summary>
    public required string PublicCodePrefix { get; init; }

    public IReadOnlyList<Category> Categories { get; init; } = [];
    public IReadOnlyList<LocalizedText> Topics { get; init; } = [];
    public IReadOnlyList<SuggestedDataSource> DataSources { get; init; } = [];
    public IReadOnlyList<Phase> Timeline { get; init; } = [];
    public IReadOnlyList<Round> Rounds { get; init; } = [];
    public required VotingSettings Voting { get; init; }
    public IReadOnlyList<Prize> Prizes { get; init; } = [];
    public LocalizedText PrizeExtras { get; init; } = LocalizedText.Empty;
    public IReadOnlyList<Body> Bodies { get; init; } = [];
    public TeamSettings Teams { get; init; } = new();
    public SecuritySettings Security { get; init; } = new();
    public SubmissionSettings Submission { get; init; } = new();
    public CatalogueSettings Catalogue { get; init; } = new();

    /// <summary>The 24-hour final: venue, check-in, what to bring, the hours and the pitch's length.</summary>
    public FinalSettings Final { get; init; } = new();
    /// <summary>When the final's results go public, and which certificates are issued.</summary>
    public CeremonySettings Ceremony { get; init; } = new();

    /// <summary>The organisers' contact point (unit, address, e-mail, phone).</summary>
    public ContactPoint Contact { get; init; } = new();

    /// <summary>What decides between equal totals, after the total itself (default: judge score, then judges' top N).</summary>
    public IReadOnlyList<TieBreak> TieBreaks { get; init; } = [TieBreak.JudgeScore, TieBreak.JudgesTopN];

    /// <summary>Sum of count x amount over the prize table, in VND.</summary>
    [JsonIgnore]
    public long PrizeTotalVnd => Prizes.Sum(p => p.Count * p.AmountVnd);

    public Phase? FindPhase(string code) => Timeline.FirstOrDefault(p => p.Code == code);

    public Round? FindRound(string code) => Rounds.FirstOrDefault(r => r.Code == code);
}
