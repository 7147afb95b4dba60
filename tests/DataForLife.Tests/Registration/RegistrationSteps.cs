using System.Net;
using System.Text.RegularExpressions;
using DataForLife.Population;
using DataForLife.Tests.Support;
using DataForLife.Web.Data;
using DataForLife.Web.Domain.Accounts;
using DataForLife.Web.Domain.Registration;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace DataForLife.Tests.Registration;

/// <summary>What people do on the team pages, in the steps the journeys of these tests share.</summary>
internal static partial class RegistrationSteps
{
    public static async Task<HttpClient> SignedInAsync(PlatformFactory factory, string email)
    {
        var client = factory.CreateBrowserLikeClient();
        await client.SignInAsync(email);
        return client;
    }

    public static async Task<HttpClient> OrganiserAsync(PlatformFactory factory, string email)
    {
        await factory.CreateUserAsync(email, role: Roles.Organizer);
        return await SignedInAsync(factory, email);
    }

    public static async Task InviteAsync(HttpClient leader, string email)
    {
        var response = await leader.PostFormAsync("/team", [new("InviteEmail", email)], "/team?handler=Invite");
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
    }

    /// <summary>The path of the link in the invitation e-mail, as the invited person would click it.</summary>
    public static async Task<string> InvitationLinkAsync(PlatformFactory factory, string email)
    {
        var message = await factory.Mailbox.WaitForAsync(email, "Lời mời");
        return new Uri(Mailbox.FirstLink(message, "/invitations/")).AbsolutePath;
    }

    /// <summary>A new person with a valid profile is invited by the leader and accepts through the e-mailed link.</summary>
    public static async Task<(HttpClient Client, AppUser User)> JoinAsync(RegistrationFactory factory, HttpClient leader, string email, string fullName,
        Sex sex = Sex.Female)
    {
        var user = await factory.CreatePersonAsync(email, fullName, sex);
        await InviteAsync(leader, email);
        var link = await InvitationLinkAsync(factory, email);
        var client = await SignedInAsync(factory, email);
        var accepted = await client.PostFormAsync(link, [], link + "?handler=Accept");
        Assert.Equal(HttpStatusCode.Redirect, accepted.StatusCode);
        return (client, user);
    }

    public static Task<Team> TeamAsync(PlatformFactory factory, int id) => factory.WithScopeAsync(sp =>
        sp.GetRequiredService<AppDbContext>().Teams.AsNoTracking().Include(t => t.Members).SingleAsync(t => t.Id == id));

    public static Task<Profile?> ProfileAsync(PlatformFactory factory, string userId) => factory.WithScopeAsync(sp =>
        sp.GetRequiredService<AppDbContext>().Profiles.AsNoTracking().SingleOrDefaultAsync(p => p.UserId == userId));

    /// <summary>The error shown beside one field of a form (the first error slot after the field), decoded; empty when there is none.</summary>
    public static string FieldError(string html, string field)
    {
        var match = Regex.Match(html, $"name=\"{Regex.Escape(field)}\".*?<span class=\"field-error[^\"]*\">(.*?)</span>", RegexOptions.Singleline);
        return match.Success ? WebUtility.HtmlDecode(match.Groups[1].Value).Trim() : string.Empty;
    }

    /// <summary>The leader's list of open invitations on the team page; empty when there is none.</summary>
    public static string PendingInvitations(string html) =>
        PendingListPattern().Match(html) is { Success: true } match ? WebUtility.HtmlDecode(match.Value) : string.Empty;

    /// <summary>The team's own status as its page shows it ("Đủ điều kiện"), without its members' statuses.</summary>
    public static string TeamStatus(string html) =>
        TeamStatusPattern().Match(html) is { Success: true } match ? WebUtility.HtmlDecode(match.Groups[1].Value).Trim() : string.Empty;

    [GeneratedRegex("<p id=\"team-status\">.*?<span[^>]*>(.*?)</span>", RegexOptions.Singleline)]
    private static partial Regex TeamStatusPattern();

    /// <summary>The invitation the first "withdraw" button on the leader's team page is for.</summary>
    public static string FirstOpenInvitationId(string html) => InvitationIdPattern().Match(html).Groups[1].Value;

    [GeneratedRegex("invitationId=([0-9a-f-]{36})")]
    private static partial Regex InvitationIdPattern();

    [GeneratedRegex("<ul id=\"pending-invitations\">.*?</ul>", RegexOptions.Singleline)]
    private static partial Regex PendingListPattern();
}
