using DataForLife.Web.Domain.Editions;
using DataForLife.Web.Domain.Registration;
using DataForLife.Web.Domain.Roster;

namespace DataForLife.Web.Features.Mentoring;

/// <summary>A finalist team's mentoring as one person may see it: the team, its confirmed mentor (if any) and who is looking.</summary>
public sealed record MentoringTeam(Edition Edition, Team Team, StaffMember? Mentor, MentoringViewer Viewer);
