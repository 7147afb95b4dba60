using System.Net;
using DataForLife.Tests.Support;

namespace DataForLife.Tests.Accounts;

[Trait("Category", "Integration")]
public sealed class AccountTests(PlatformFactory factory) : IClassFixture<PlatformFactory>
{
    [Fact]
    public async Task A_person_registers_confirms_their_address_by_email_and_signs_in()
    {
        var client = factory.CreateBrowserLikeClient();

        var registered = await client.PostFormAsync("/account/register",
            ("Input.DisplayName", "Phạm Minh Châu"), ("Input.Email", "chau@example.vn"),
            ("Input.Password", TestUsers.Password), ("Input.ConfirmPassword", TestUsers.Password));
        Assert.Contains("chau@example.vn", await registered.Content.ReadAsStringAsync(), StringComparison.Ordinal);

        var tooEarly = await client.PostFormAsync("/account/login", ("Input.Email", "chau@example.vn"), ("Input.Password", TestUsers.Password));
        Assert.Contains("xác nhận địa chỉ e-mail", await tooEarly.Content.ReadAsStringAsync(), StringComparison.Ordinal);

        var message = await factory.Mailbox.WaitForAsync("chau@example.vn", "Xác nhận");
        var link = new Uri(Mailbox.FirstLink(message, "/account/confirm-email"));
        var confirmed = await client.GetStringAsync(link.PathAndQuery);
        Assert.Contains("id=\"confirmed\"", confirmed, StringComparison.Ordinal);

        await client.SignInAsync("chau@example.vn");
        Assert.Contains("Phạm Minh Châu", await client.GetStringAsync("/account"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_confirmation_link_that_was_tampered_with_confirms_nothing()
    {
        var user = await factory.CreateUserAsync("tampered@example.vn", confirmed: false);

        var page = await factory.CreateClient().GetStringAsync($"/account/confirm-email?userId={user.Id}&code=bm90LWEtdG9rZW4");

        Assert.Contains("không hợp lệ hoặc đã hết hạn", page, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Registration_names_each_field_that_is_missing_or_wrong()
    {
        var response = await factory.CreateBrowserLikeClient().PostFormAsync("/account/register",
            ("Input.DisplayName", "   "), ("Input.Email", "not-an-address"), ("Input.Password", "short"), ("Input.ConfirmPassword", "other"));
        var html = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("Vui lòng nhập Họ và tên.", html, StringComparison.Ordinal);
        Assert.Contains("E-mail không phải địa chỉ e-mail hợp lệ.", html, StringComparison.Ordinal);
        Assert.Contains("Hai mật khẩu không khớp.", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Script_typed_into_a_name_is_shown_as_text()
    {
        var client = factory.CreateBrowserLikeClient();
        await factory.CreateUserAsync("script@example.vn", displayName: "<script>alert(1)</script>");

        await client.SignInAsync("script@example.vn");
        var html = await client.GetStringAsync("/account");

        Assert.DoesNotContain("<script>alert(1)</script>", html, StringComparison.Ordinal);
        Assert.Contains("&lt;script&gt;alert(1)&lt;/script&gt;", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_forgotten_password_is_reset_through_the_emailed_link()
    {
        await factory.CreateUserAsync("forgot@example.vn");
        var client = factory.CreateBrowserLikeClient();

        await client.PostFormAsync("/account/forgot-password", ("Email", "forgot@example.vn"));
        var message = await factory.Mailbox.WaitForAsync("forgot@example.vn", "Đặt lại");
        var link = new Uri(Mailbox.FirstLink(message, "/account/reset-password"));
        var reset = await client.PostFormAsync(link.PathAndQuery, ("Password", "mot-mat-khau-moi-2023"));

        Assert.Contains("Đã đặt lại mật khẩu.", await reset.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        await client.SignInAsync("forgot@example.vn", "mot-mat-khau-moi-2023");
    }

    [Fact]
    public async Task A_blank_address_to_resend_to_and_return_addresses_with_control_characters_are_answered_without_an_error()
    {
        await factory.CreateUserAsync("ve-lai@example.vn");
        var client = factory.CreateBrowserLikeClient();

        var resend = await client.PostFormAsync("/account/login", [new("Input.Email", "  "), new("Input.Password", "")], "/account/login?handler=Resend");
        var culture = await client.GetAsync("/culture/en?returnUrl=/%09x");
        var signIn = await client.PostFormAsync("/account/login", [new("Input.Email", "ve-lai@example.vn"), new("Input.Password", TestUsers.Password)],
            "/account/login?ReturnUrl=%2F%0A");

        Assert.Equal(HttpStatusCode.Redirect, resend.StatusCode);
        Assert.Equal("/", culture.Headers.Location?.OriginalString);
        Assert.Equal("/account", signIn.Headers.Location?.OriginalString);
    }

    [Fact]
    public async Task A_form_posted_without_its_antiforgery_token_is_refused()
    {
        var response = await factory.CreateBrowserLikeClient().PostAsync("/account/login",
            new FormUrlEncodedContent(new Dictionary<string, string> { ["Input.Email"] = "x@example.vn", ["Input.Password"] = "whatever-long" }));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }
}
