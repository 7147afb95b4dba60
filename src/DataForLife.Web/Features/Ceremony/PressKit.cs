using System.Globalization;
using System.Text;
using DataForLife.Web.Features.Email;
using DataForLife.Web.Infrastructure;
using DataForLife.Web.Infrastructure.Files;
using Microsoft.Extensions.Options;

namespace DataForLife.Web.Features.Ceremony;

/// <summary>The winners for the press as CSV: prize in both languages, amount, team, idea, summary and a link to the photo.</summary>
public static class PressKit
{
    private static readonly string[] Headers =
        ["rank", "prize_code", "prize_vi", "prize_en", "amount_vnd", "team_code", "team_name", "idea", "summary", "photo_url"];

    public static IEndpointRouteBuilder MapPressKit(this IEndpointRouteBuilder app)
    {
        app.MapGet("/results/press.csv", CsvAsync).AllowAnonymous().ExcludeFromDescription();
        return app;
    }

    private static async Task<IResult> CsvAsync(string? edition, HttpContext http, PublicResults results, PublicAddress site, CancellationToken ct)
    {
        // Nothing before the ceremony: the file exists only once the winners are public.
        if (await results.ForAsync(edition, ct) is not { Winners.Count: > 0 } view)
        {
            return TypedResults.NotFound();
        }

        var origin = site.Origin;
        var text = new StringBuilder();
        text.AppendLine(Csv.Line(Headers));
        foreach (var w in view.Winners)
        {
            text.AppendLine(Csv.Line([w.Award.Rank.ToString(CultureInfo.InvariantCulture), w.Award.PrizeCode, w.Award.PrizeNameVi, w.Award.PrizeNameEn,
                w.Award.AmountVnd.ToString(CultureInfo.InvariantCulture), w.Team.PublicCode, w.Team.Name, w.Team.IdeaName, w.Team.Abstract,
                w.PhotoUrl is null ? string.Empty : origin + w.PhotoUrl]));
        }

        http.Response.Headers.CacheControl = "no-cache";
        // A byte-order mark lets spreadsheet programs read Vietnamese correctly.
        var bytes = Encoding.UTF8.GetPreamble().Concat(Encoding.UTF8.GetBytes(text.ToString())).ToArray();
        return TypedResults.File(bytes, "text/csv; charset=utf-8", $"winners-{view.Edition.Id}.csv");
    }
}
