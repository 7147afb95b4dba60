namespace DataForLife.Web.Domain.Mentoring;

/// <summary>
/// A finalist team as the matching sees it: its categories, the topics of the data sets its dossier uses (a topic
/// counts once per data set that carries it) and its members' organisations (folded).
/// </summary>
public sealed record FinalistProfile(int TeamId, IReadOnlySet<string> Categories, IReadOnlyList<string> DataSetTopics, IReadOnlySet<string> MemberOrganisationKeys);
