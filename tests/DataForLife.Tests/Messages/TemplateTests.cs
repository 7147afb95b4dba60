using System.Net;
using DataForLife.Tests.Support;
using DataForLife.Web.Data;
using DataForLife.Web.Domain.Accounts;
using DataForLife.Web.Domain.Messages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace DataForLife.Tests.Messages;

/// <summary>Organisers edit an e-mail's template: placeholders checked before saving, a preview with real data, and a bad template never stops the e-mail.</summary>
[Trait("Category", "Integration")]
public sealed class TemplateTests(PlatformFactory factory) : IClassFixture<PlatformFactory>
{
    private const string Page = "/organizer/mail-templates/password-reset";

    private async Task<HttpClient> OrganiserAsync(string email)
    {
        await factory.CreateUserAsync(email, role: Roles.Organizer, displayName: "Trần Thị Mẫu");
        var client = factory.CreateBrowserLikeClient();
        await client.SignInAsync(email);
        return client;
    }

    private static Task<HttpResponseMessage> PostAsync(HttpClient client, string handler, string subjectVi, string bodyVi) =>
        client.PostFormAsync(Page, [new("Texts.SubjectVi", subjectVi), new("Texts.SubjectEn", "Reset your password"), new("Texts.BodyVi", bodyVi),
            new("Texts.BodyEn", "Hello {name}: {link}")], Page + "?handler=" + handler);

    private Task<bool> StoredAsync() => factory.WithScopeAsync(sp => sp.GetRequiredService<AppDbContext>().MessageTemplates.AnyAsync(t => t.Key == "password-reset"));

    [Fact]
    public async Task A_template_with_an_unknown_or_missing_placeholder_is_refused_and_a_valid_one_is_previewed_saved_and_sent()
    {
        var organiser = await OrganiserAsync("btc-mau@example.vn");
        var unknown = WebUtility.HtmlDecode(await (await PostAsync(organiser, "Save", "Mật khẩu của {ten}", "Chào {name}: {link}")).Content.ReadAsStringAsync());
        Assert.Contains("Biến không có trong thư này: {ten}", unknown, StringComparison.Ordinal);
        var missing = WebUtility.HtmlDecode(await (await PostAsync(organiser, "Save", "Đặt lại mật khẩu", "Chào {name}, hãy liên hệ Ban Tổ chức.")).Content.ReadAsStringAsync());
        Assert.Contains("Nội dung phải giữ biến {link}", missing, StringComparison.Ordinal);
        var unclosed = WebUtility.HtmlDecode(await (await PostAsync(organiser, "Save", "Đặt lại mật khẩu", "Chào {name: {link}")).Content.ReadAsStringAsync());
        Assert.Contains("Thiếu dấu } đóng sau", unclosed, StringComparison.Ordinal);
        Assert.False(await StoredAsync());

        var preview = WebUtility.HtmlDecode(await (await PostAsync(organiser, "Preview", "Mật khẩu mới cho {name}", "Chào {name}, mở {link} để đặt lại.")).Content.ReadAsStringAsync());
        Assert.Contains("Mật khẩu mới cho Trần Thị Mẫu", preview, StringComparison.Ordinal);
        Assert.False(await StoredAsync());

        Assert.Equal(HttpStatusCode.Redirect, (await PostAsync(organiser, "Save", "Mật khẩu mới cho {name}", "Chào {name}, mở {link} để đặt lại.")).StatusCode);
        Assert.True(await StoredAsync());
        await factory.CreateUserAsync("quen-mk@example.vn", displayName: "Lê Văn Quên");
        await factory.CreateBrowserLikeClient().PostFormAsync("/account/forgot-password", ("Email", "quen-mk@example.vn"));
        var mail = await factory.Mailbox.WaitForAsync("quen-mk@example.vn", "Mật khẩu mới cho Lê Văn Quên");
        Assert.StartsWith("Chào Lê Văn Quên, mở http", mail.TextBody, StringComparison.Ordinal);
        Mailbox.FirstLink(mail, "/account/reset-password");
    }

    [Fact]
    public async Task A_stored_template_that_no_longer_renders_falls_back_to_the_built_in_text()
    {
        await factory.WithScopeAsync(async sp =>
        {
            var db = sp.GetRequiredService<AppDbContext>();
            await db.MessageTemplates.Where(t => t.Key == "account-confirmation").ExecuteDeleteAsync();
            db.MessageTemplates.Add(new MessageTemplate
            {
                Key = "account-confirmation", SubjectVi = "Xác nhận {bien-da-bo}", SubjectEn = "Confirm {bien-da-bo}", BodyVi = "{link", BodyEn = "{link",
                UpdatedAtUtc = DateTime.UtcNow, UpdatedByUserId = "test",
            });
            await db.SaveChangesAsync();
        });

        var client = factory.CreateBrowserLikeClient();
        await client.PostFormAsync("/account/register", ("Input.DisplayName", "Phạm Thị Đăng Ký"), ("Input.Email", "dang-ky-mau@example.vn"),
            ("Input.Password", TestUsers.Password), ("Input.ConfirmPassword", TestUsers.Password));
        var mail = await factory.Mailbox.WaitForAsync("dang-ky-mau@example.vn", "Xác nhận e-mail – Dữ liệu số với cuộc sống");
        Mailbox.FirstLink(mail, "/account/confirm-email");
    }
}
