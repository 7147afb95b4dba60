using System.Net;
using DataForLife.Tests.Support;
using DataForLife.Web.Domain.Accounts;
using DataForLife.Web.Domain.Roster;
using DataForLife.Web.Features.Judging;
using Microsoft.Extensions.DependencyInjection;

namespace DataForLife.Tests.Security;

/// <summary>One rule for the API, the round page and its export: judges' individual sheets stay hidden until the round closes.</summary>
[Trait("Category", "Integration")]
public sealed class SheetVisibilityTests(JudgingFactory factory) : IClassFixture<JudgingFactory>
{
    private const string RoundPage = "/organizer/editions/2023/judging/round1";

    [Fact]
    public async Task Organisers_and_observers_read_no_judge_s_sheet_while_the_round_is_open_and_every_sheet_once_it_has_closed()
    {
        await factory.SeedAsync(12);
        var round = await factory.RoundAsync("round1");
        await factory.WithScopeAsync(sp => sp.GetRequiredService<JudgeAssignments>().AutoAssignAsync(round, CancellationToken.None));
        var judgeEmail = (await factory.JudgeEmailsAsync(StaffBody.Council))[0];
        var judgeId = await factory.UserIdAsync(judgeEmail);
        var team = (await factory.WithScopeAsync(sp => sp.GetRequiredService<JudgeAssignments>().EntriesOfAsync(round, judgeId, CancellationToken.None)))[0];
        var judge = await factory.SignedInAsync(judgeEmail);
        var scores = round.Round.Criteria.ToDictionary(c => c.Code, _ => 7.0);
        Assert.Equal(HttpStatusCode.NoContent, (await judge.PutAsJsonAsync($"/api/v1/editions/2023/rounds/round1/teams/{team}/sheet", new { scores, notes = "Ghi chú riêng của giám khảo", submit = true })).StatusCode);
        await factory.CreateUserAsync("btc-phieu@c06.gov.vn", role: Roles.Organizer);
        await factory.CreateUserAsync("bcd-phieu@c06.gov.vn", role: Roles.Observer);
        var organiser = await factory.SignedInAsync("btc-phieu@c06.gov.vn");
        var observer = await factory.SignedInAsync("bcd-phieu@c06.gov.vn");
        var sheetUrl = $"/api/v1/editions/2023/rounds/round1/teams/{team}/sheets/{judgeId}";

        foreach (var reader in new[] { organiser, observer })
        {
            var export = await reader.GetAsync(RoundPage + "?handler=Export");
            Assert.Equal(HttpStatusCode.Redirect, export.StatusCode);
            Assert.NotEqual("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", export.Content.Headers.ContentType?.MediaType);
            Assert.Equal(HttpStatusCode.NotFound, (await reader.GetAsync(sheetUrl)).StatusCode);
            var page = WebUtility.HtmlDecode(await reader.GetStringAsync(RoundPage));
            Assert.DoesNotContain("handler=Export", page, StringComparison.Ordinal);
            Assert.Contains("chỉ được xem và tải sau khi vòng đóng", page, StringComparison.Ordinal);
        }

        // The round closes at noon on 29 September; sessions from nine days earlier have expired by then.
        factory.Clock.SetUtcNow(EditionSamples.Vietnam(2023, 9, 29, 12));
        organiser = await factory.SignedInAsync("btc-phieu@c06.gov.vn");
        observer = await factory.SignedInAsync("bcd-phieu@c06.gov.vn");

        foreach (var reader in new[] { organiser, observer })
        {
            var export = await reader.GetAsync(RoundPage + "?handler=Export");
            Assert.Equal("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", export.Content.Headers.ContentType?.MediaType);
            Assert.Equal(HttpStatusCode.OK, (await reader.GetAsync(sheetUrl)).StatusCode);
        }
    }
}
