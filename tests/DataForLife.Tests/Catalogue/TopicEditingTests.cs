using System.Net;
using DataForLife.Tests.Support;
using DataForLife.Web.Data;
using DataForLife.Web.Domain.Accounts;
using DataForLife.Web.Domain.Catalogue;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace DataForLife.Tests.Catalogue;

/// <summary>Organisers add, rename, reorder and remove the topics the public catalogue is filtered by.</summary>
[Trait("Category", "Integration")]
public sealed class TopicEditingTests(PlatformFactory factory) : IClassFixture<PlatformFactory>
{
    private const string Page = "/organizer/editions/2023/catalogue";

    private async Task<HttpClient> SignedInAsync(string email, string role)
    {
        await factory.CreateUserAsync(email, role: role);
        var client = factory.CreateBrowserLikeClient();
        await client.SignInAsync(email);
        return client;
    }

    [Fact]
    public async Task An_organiser_adds_renames_and_removes_a_topic_and_one_that_entries_carry_is_kept()
    {
        var organiser = await SignedInAsync("btc-chude@c06.gov.vn", Roles.Organizer);

        var added = await organiser.PostFormAsync(Page, [new("topic.Code", "ai-tao-sinh"), new("topic.NameVi", "Trí tuệ nhân tạo tạo sinh"),
            new("topic.NameEn", "Generative AI"), new("topic.Position", "99")], Page + "?handler=Topic");
        Assert.Equal(HttpStatusCode.Redirect, added.StatusCode);
        Assert.Contains("<option value=\"ai-tao-sinh\">Trí tuệ nhân tạo tạo sinh</option>", WebUtility.HtmlDecode(await factory.CreateClient().GetStringAsync("/data")), StringComparison.Ordinal);

        var renamed = await organiser.PostFormAsync(Page, [new("topic.NameVi", "AI tạo sinh"), new("topic.NameEn", "Generative AI models"),
            new("topic.Position", "0")], Page + "?handler=Topic&code=ai-tao-sinh");
        Assert.Equal(HttpStatusCode.Redirect, renamed.StatusCode);
        var topics = await TopicsAsync();
        Assert.Equal("ai-tao-sinh", topics[0].Code);
        Assert.Equal(("AI tạo sinh", "Generative AI models"), (topics[0].NameVi, topics[0].NameEn));

        var duplicate = await organiser.PostFormAsync(Page, [new("topic.Code", "ai-tao-sinh"), new("topic.NameVi", "Lặp"), new("topic.NameEn", "Again"),
            new("topic.Position", "1")], Page + "?handler=Topic");
        Assert.Contains("Đã có chủ đề mã \"ai-tao-sinh\".", WebUtility.HtmlDecode(await duplicate.Content.ReadAsStringAsync()), StringComparison.Ordinal);
        var badCode = await organiser.PostFormAsync(Page, [new("topic.Code", "Chủ đề!"), new("topic.NameVi", "X"), new("topic.NameEn", ""),
            new("topic.Position", "1")], Page + "?handler=Topic");
        var badPage = WebUtility.HtmlDecode(await badCode.Content.ReadAsStringAsync());
        Assert.Contains("Mã chủ đề gồm 2–40 ký tự", badPage, StringComparison.Ordinal);
        Assert.Contains("Tên chủ đề cần có bằng cả hai thứ tiếng", badPage, StringComparison.Ordinal);
        Assert.Contains("value=\"Chủ đề!\"", badPage, StringComparison.Ordinal);

        var farAway = await organiser.PostFormAsync(Page, [new("topic.NameVi", "AI tạo sinh mới"), new("topic.NameEn", "Generative AI models"),
            new("topic.Position", "10000")], Page + "?handler=Topic&code=ai-tao-sinh");
        var farPage = WebUtility.HtmlDecode(await farAway.Content.ReadAsStringAsync());
        Assert.Contains("Thứ tự là một số nguyên từ 0 đến 9999.", farPage, StringComparison.Ordinal);
        // The row comes back with what was typed in it, not with what is stored.
        var row = farPage[farPage.IndexOf("data-topic=\"ai-tao-sinh\"", StringComparison.Ordinal)..];
        row = row[..row.IndexOf("</tr>", StringComparison.Ordinal)];
        Assert.Contains("value=\"AI tạo sinh mới\"", row, StringComparison.Ordinal);
        Assert.Contains("value=\"10000\"", row, StringComparison.Ordinal);
        Assert.Equal((0, "AI tạo sinh"), (await TopicsAsync()).Where(t => t.Code == "ai-tao-sinh").Select(t => (t.Position, t.NameVi)).Single());
        var notANumber = await organiser.PostFormAsync(Page, [new("topic.NameVi", "AI tạo sinh"), new("topic.NameEn", "Generative AI models"),
            new("topic.Position", "99999999999")], Page + "?handler=Topic&code=ai-tao-sinh");
        Assert.Contains("Thứ tự là một số nguyên từ 0 đến 9999.", WebUtility.HtmlDecode(await notANumber.Content.ReadAsStringAsync()), StringComparison.Ordinal);

        var carried = await factory.WithScopeAsync(sp => sp.GetRequiredService<AppDbContext>().Set<DataSet>().AsNoTracking()
            .Where(d => d.EditionId == "2023" && d.Topics != "").Select(d => d.Topics).FirstAsync());
        var inUse = carried.Split(',')[0];
        var kept = await organiser.PostFormAsync(Page, [], $"{Page}?handler=RemoveTopic&code={inUse}");
        Assert.Contains($"Chủ đề \"{inUse}\" đang được dùng cho:", WebUtility.HtmlDecode(await kept.Content.ReadAsStringAsync()), StringComparison.Ordinal);
        Assert.Contains(await TopicsAsync(), t => t.Code == inUse);

        var removed = await organiser.PostFormAsync(Page, [], $"{Page}?handler=RemoveTopic&code=ai-tao-sinh");
        Assert.Equal(HttpStatusCode.Redirect, removed.StatusCode);
        Assert.DoesNotContain(await TopicsAsync(), t => t.Code == "ai-tao-sinh");
        Assert.Equal(3, await factory.WithScopeAsync(sp => sp.GetRequiredService<AppDbContext>().AuditEntries.CountAsync(a => a.Action.StartsWith("catalogue.topic-"))));
    }

    [Fact]
    public async Task An_observer_reads_the_topics_but_cannot_change_them()
    {
        var observer = await SignedInAsync("quan-sat-chude@c06.gov.vn", Roles.Observer);
        var page = await observer.GetStringAsync(Page);
        Assert.Contains("id=\"topics\"", page, StringComparison.Ordinal);
        Assert.DoesNotContain("id=\"add-topic\"", page, StringComparison.Ordinal);

        var refused = await observer.PostFormAsync(Page, [new("topic.Code", "quan-sat"), new("topic.NameVi", "Quan sát"), new("topic.NameEn", "Observe"),
            new("topic.Position", "1")], Page + "?handler=Topic");
        Assert.Equal(HttpStatusCode.Redirect, refused.StatusCode);
        Assert.Contains("/account/access-denied", refused.Headers.Location?.OriginalString, StringComparison.Ordinal);
        Assert.DoesNotContain(await TopicsAsync(), t => t.Code == "quan-sat");
    }

    private Task<List<DataTopic>> TopicsAsync() => factory.WithScopeAsync(sp =>
        sp.GetRequiredService<AppDbContext>().Set<DataTopic>().AsNoTracking().Where(t => t.EditionId == "2023").OrderBy(t => t.Position).ThenBy(t => t.Code).ToListAsync());
}
