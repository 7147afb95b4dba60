using DataForLife.Web.Data;
using DataForLife.Web.Domain;
using DataForLife.Web.Domain.Registration;

namespace DataForLife.Web.Features.Registration;

/// <summary>The organisers' filters over an edition's teams; a search matches team, idea and member names with or without diacritics.</summary>
public sealed class TeamFilter
{
    public string? Category { get; set; }
    public EligibilityStatus? Status { get; set; }
    public string? Country { get; set; }
    public string? School { get; set; }
    public string? Q { get; set; }

    public IQueryable<Team> Apply(AppDbContext db, string editionId)
    {
        var teams = db.Teams.Where(t => t.EditionId == editionId);
        if (!string.IsNullOrWhiteSpace(Category))
        {
            var code = "," + Category.Trim() + ",";
            teams = teams.Where(t => ("," + t.Categories + ",").Contains(code));
        }

        if (Status is { } status)
        {
            teams = teams.Where(t => t.Status == status);
        }

        if (!string.IsNullOrWhiteSpace(Country))
        {
            var country = Country.Trim().ToUpperInvariant();
            teams = teams.Where(t => db.TeamMembers.Any(m => m.TeamId == t.Id && db.Profiles.Any(p => p.UserId == m.UserId && p.CountryOfResidence == country)));
        }

        if (!string.IsNullOrWhiteSpace(School))
        {
            var school = VietnameseText.Fold(School);
            teams = teams.Where(t => db.TeamMembers.Any(m => m.TeamId == t.Id && db.Profiles.Any(p => p.UserId == m.UserId && p.OrganisationKey.Contains(school))));
        }

        if (!string.IsNullOrWhiteSpace(Q))
        {
            var q = VietnameseText.Fold(Q);
            var code = Q.Trim().ToUpperInvariant();
            teams = teams.Where(t => t.NameKey.Contains(q) || t.PublicCode == code
                || db.TeamMembers.Any(m => m.TeamId == t.Id && db.Profiles.Any(p => p.UserId == m.UserId && p.NameKey.Contains(q))));
        }

        return teams;
    }

    public object RouteValues(int page) => new { Category, Status, Country, School, Q, p = page };
}
