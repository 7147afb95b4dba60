using DataForLife.Population;
using DataForLife.Web.Data;
using DataForLife.Web.Domain;
using DataForLife.Web.Domain.Dashboard;
using DataForLife.Web.Domain.Editions;
using DataForLife.Web.Domain.Registration;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace DataForLife.Web.Features.Dashboard;

/// <summary>
/// Who entered the edition: teams per day, per category, contestants per country, province and organisation. Each is
/// one grouped query; only the groups leave the database, whatever the number of teams.
/// </summary>
public sealed class RegistrationFigures(AppDbContext db, IStringLocalizer<SharedResource> l)
{
    /// <summary>Organisations beyond this many are summed into one row, so that the chart stays readable.</summary>
    public const int TopOrganisations = 15;

    public async Task<Chart> PerDayAsync(Edition edition, CancellationToken cancellationToken)
    {
        // Grouped by the day in Viet Nam, where the contest runs (UTC+7 all year).
        var days = await db.Teams.AsNoTracking().Where(t => t.EditionId == edition.Id)
            .GroupBy(t => t.CreatedAtUtc.AddHours(7).Date).Select(g => new { Day = g.Key, Teams = g.LongCount() })
            .OrderBy(g => g.Day).ToListAsync(cancellationToken);
        var total = 0L;
        var rows = days.Select(d =>
        {
            total += d.Teams;
            return new ChartRow(d.Day.ToString("dd/MM/yyyy", System.Globalization.CultureInfo.InvariantCulture), [d.Teams, total]);
        }).ToList();
        return new Chart("registrations", l["Dashboard.Registrations"], l["Dashboard.Day"], [l["Dashboard.NewTeams"], l["Dashboard.TotalTeams"]], rows, ChartShape.Columns)
        {
            Note = l["Dashboard.RegistrationsNote"],
            Drawn = 1,
        };
    }

    public async Task<Chart> PerCategoryAsync(Edition edition, CancellationToken cancellationToken)
    {
        // A team may enter several categories, stored together; the database counts each combination, we split them.
        var combinations = await db.Teams.AsNoTracking().Where(t => t.EditionId == edition.Id)
            .GroupBy(t => t.Categories).Select(g => new { g.Key, Teams = g.LongCount() }).ToListAsync(cancellationToken);
        var perCode = combinations.SelectMany(c => c.Key.Split(',', StringSplitOptions.RemoveEmptyEntries).Select(code => (code, c.Teams)))
            .GroupBy(p => p.code).ToDictionary(g => g.Key, g => g.Sum(p => p.Teams), StringComparer.Ordinal);
        var rows = edition.Definition.Categories.Select(c => new ChartRow(c.Name.Current, [perCode.GetValueOrDefault(c.Code)])).ToList();
        return new Chart("categories", l["Dashboard.Categories"], l["Dashboard.Category"], [l["Dashboard.Teams"]], rows, ChartShape.Bars)
        {
            Note = l["Dashboard.CategoriesNote"],
        };
    }

    public async Task<Chart> PerCountryAsync(Edition edition, CancellationToken cancellationToken)
    {
        var countries = await Contestants(edition).GroupBy(p => p.Profile == null ? null : p.Profile.CountryOfResidence)
            .Select(g => new { Country = g.Key, People = g.LongCount() }).ToListAsync(cancellationToken);
        var rows = countries.OrderByDescending(c => c.People).ThenBy(c => c.Country, StringComparer.Ordinal)
            .Select(c => new ChartRow(c.Country is null ? l["Dashboard.NoProfile"] : Countries.NameOf(c.Country), [c.People])).ToList();
        return new Chart("countries", l["Dashboard.Countries"], l["Dashboard.Country"], [l["Dashboard.Contestants"]], rows, ChartShape.Bars);
    }

    public async Task<Chart> PerProvinceAsync(Edition edition, CancellationToken cancellationToken)
    {
        // The profile asks for no address: the province is the one coded in a citizen's identification number (the
        // first three digits, where the birth was registered), the one fact about place every Vietnamese contestant gives.
        var codes = await Contestants(edition).Where(p => p.Profile != null && p.Profile.DocumentKind == IdentityDocumentKind.CitizenNumber)
            .GroupBy(p => p.Profile!.DocumentNumber.Substring(0, 3)).Select(g => new { Code = g.Key, People = g.LongCount() })
            .ToListAsync(cancellationToken);
        var rows = codes.OrderByDescending(c => c.People).ThenBy(c => c.Code, StringComparer.Ordinal)
            .Select(c => new ChartRow(Provinces.Find(c.Code)?.Name ?? c.Code, [c.People])).ToList();
        return new Chart("provinces", l["Dashboard.Provinces"], l["Dashboard.Province"], [l["Dashboard.Contestants"]], rows, ChartShape.Bars)
        {
            Note = l["Dashboard.ProvincesNote"],
        };
    }

    public async Task<Chart> PerOrganisationAsync(Edition edition, CancellationToken cancellationToken)
    {
        var contestants = Contestants(edition).Where(p => p.Profile != null && p.Profile.OrganisationKey != string.Empty);
        var top = await contestants.GroupBy(p => p.Profile!.OrganisationKey)
            .Select(g => new { Name = g.Max(p => p.Profile!.Organisation), People = g.LongCount(), Teams = g.Select(p => p.TeamId).Distinct().LongCount() })
            .OrderByDescending(g => g.People).ThenBy(g => g.Name).Take(TopOrganisations).ToListAsync(cancellationToken);
        var all = await contestants.LongCountAsync(cancellationToken);
        var rows = top.Select(o => new ChartRow(o.Name ?? string.Empty, [o.People, o.Teams])).ToList();
        var others = all - top.Sum(o => o.People);
        if (others > 0)
        {
            rows.Add(new ChartRow(l["Dashboard.OtherOrganisations"], [others, 0]));
        }

        return new Chart("organisations", l["Dashboard.Organisations"], l["Dashboard.Organisation"], [l["Dashboard.Contestants"], l["Dashboard.Teams"]], rows, ChartShape.Bars)
        {
            Note = l["Dashboard.OrganisationsNote", TopOrganisations],
        };
    }

    private IQueryable<Contestant> Contestants(Edition edition) =>
        from m in db.TeamMembers.AsNoTracking()
        where m.EditionId == edition.Id
        join p in db.Profiles.AsNoTracking() on m.UserId equals p.UserId into profiles
        from p in profiles.DefaultIfEmpty()
        select new Contestant { TeamId = m.TeamId, Profile = p };

    // Member initialisation (not a constructor) so that EF Core can compose further queries over it.
    private sealed class Contestant
    {
        public int TeamId { get; init; }

        public Profile? Profile { get; init; }
    }
}
