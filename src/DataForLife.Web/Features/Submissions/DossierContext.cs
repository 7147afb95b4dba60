using DataForLife.Web.Domain.Editions;
using DataForLife.Web.Domain.Registration;
using DataForLife.Web.Domain.Submissions;

namespace DataForLife.Web.Features.Submissions;

/// <summary>A team's dossier as one person may see it, with the window that applies to this team.</summary>
public sealed record DossierContext(Team Team, Edition Edition, Dossier Dossier, DateTime OpensAtUtc, DateTime DeadlineUtc, bool IsLeader)
{
    public SubmissionSettings Settings => Edition.Definition.Submission;

    public bool IsOpenAt(DateTime arrivedAtUtc) => DossierRules.IsOnTime(arrivedAtUtc, OpensAtUtc, DeadlineUtc);
}
