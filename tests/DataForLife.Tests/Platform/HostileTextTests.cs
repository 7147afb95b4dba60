using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using DataForLife.Tests.Support;
using DataForLife.Web.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace DataForLife.Tests.Platform;

/// <summary>
/// Text that no person types: a NUL character (which PostgreSQL refuses to store, so it once ended in a server error)
/// in a query or a form, and an enum sent as a number, are refused with 400 and nothing is stored.
/// </summary>
[Trait("Category", "Integration")]
public sealed class HostileTextTests(RegistrationFactory factory) : IClassFixture<RegistrationFactory>
{
    [Theory]
    [InlineData("/api/v1/editions/2023/datasets?category=%00")]
    [InlineData("/api/v1/editions/2023/datasets?topic=a%00b")]
    public async Task A_NUL_in_an_API_query_is_refused_with_the_reason(string url)
    {
        var response = await factory.CreateClient().GetAsync(url);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var title = (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("title").GetString();
        Assert.Equal("Yêu cầu có ký tự NUL (mã 0), không thuộc văn bản nào; không có gì được lưu.", title);
    }

    [Fact]
    public async Task A_NUL_in_a_form_is_answered_with_the_error_page_and_no_account_is_made()
    {
        var client = factory.CreateBrowserLikeClient();

        var response = await client.PostFormAsync("/account/register",
            [new("Input.Email", "nul-form@example.vn"), new("Input.DisplayName", "Tên\u0000ẩn"), new("Input.Password", TestUsers.Password), new("Input.ConfirmPassword", TestUsers.Password)]);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("Yêu cầu không hợp lệ.", WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync()), StringComparison.Ordinal);
        Assert.False(await factory.WithScopeAsync(sp => sp.GetRequiredService<AppDbContext>().Users.AnyAsync(u => u.Email == "nul-form@example.vn")));
    }

    [Fact]
    public async Task An_enum_sent_as_a_number_is_refused_even_one_that_names_nothing()
    {
        await factory.CreateUserAsync("so-gioi-tinh@example.vn");
        var client = factory.CreateBrowserLikeClient();
        await client.SignInAsync("so-gioi-tinh@example.vn");

        var response = await client.PutAsJsonAsync("/api/v1/me/profile", new
        {
            fullName = "John Smith", dateOfBirth = "1990-01-01", sex = 7, nationality = "GB", countryOfResidence = "VN",
            documentNumber = "123456789", phone = "0912345678",
        });

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.False(await factory.WithScopeAsync(sp => sp.GetRequiredService<AppDbContext>().Profiles.AnyAsync(p => p.FullName == "John Smith")));
    }
}
