using System.Net;
using System.Text.RegularExpressions;
using DataForLife.Tests.Support;
using DataForLife.Web.Data;
using DataForLife.Web.Domain.Voting;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace DataForLife.Tests.Security;

/// <summary>Sub-addresses and Gmail's dotted spellings of one mailbox vote as one reader.</summary>
[Trait("Category", "Integration")]
public sealed partial class OneMailboxOneVoterTests(VotingFactory factory) : IClassFixture<VotingFactory>
{
    private const string Verify = "/vote/verify";

    private async Task<HttpClient> VerifiedReaderAsync(string email, int codes)
    {
        var reader = factory.CreateBrowserLikeClient();
        await reader.PostFormAsync(Verify, [new("Channel", "Email"), new("Address", email), new("ReturnUrl", "")], Verify + "?handler=Send");
        var message = await factory.Mailbox.WaitForAsync(email, "Mã xác thực bình chọn", codes);
        var code = SixDigits().Match(message.Subject ?? string.Empty).Value;
        var verified = await reader.PostFormAsync(Verify, [new("Channel", "Email"), new("Address", email), new("Code", code), new("ReturnUrl", "")], Verify + "?handler=Verify");
        Assert.Equal(HttpStatusCode.Redirect, verified.StatusCode);
        return reader;
    }

    [Fact]
    public async Task A_reader_who_votes_again_with_a_plus_address_or_gmail_dots_is_told_the_vote_is_already_counted()
    {
        var entries = await factory.OpenVotingAsync();
        var entry = entries[0];
        var first = await VerifiedReaderAsync("ban.doc.nhanh+1@gmail.com", 1);
        await first.PostFormAsync($"/vote/{entry}", [new("returnUrl", $"/vote/{entry}")], $"/vote/{entry}?handler=Vote");

        var second = await VerifiedReaderAsync("bandocnhanh+2@googlemail.com", 1);
        // The entry's page already shows this mailbox's vote (no button); the vote is sent as from a page opened before.
        await second.PostFormAsync("/vote", [new("returnUrl", $"/vote/{entry}")], $"/vote/{entry}?handler=Vote");
        var page = WebUtility.HtmlDecode(await second.GetStringAsync($"/vote/{entry}"));

        Assert.Contains("phiếu của bạn vẫn chỉ được tính một lần", page, StringComparison.Ordinal);
        var teamId = await factory.WithScopeAsync(sp => sp.GetRequiredService<AppDbContext>().Teams.Where(t => t.PublicCode == entry).Select(t => t.Id).SingleAsync());
        Assert.Equal(1, await factory.WithScopeAsync(sp => sp.GetRequiredService<AppDbContext>().Votes.CountAsync(v => v.TeamId == teamId && v.VoterKey == VoteKeys.Email("bandocnhanh@gmail.com"))));
    }

    [GeneratedRegex("[0-9]{6}")]
    private static partial Regex SixDigits();
}
