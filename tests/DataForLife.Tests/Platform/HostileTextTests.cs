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
    public async Task A_NUL_in_a_JSON_body_is_refused_with_the_reason_and_nothing_is_stored()
    {
        await factory.CreateUserAsync("nul-json@example.vn");
        var client = factory.CreateBrowserLikeClient();
        await client.SignInAsync("nul-json@example.vn");

        var response = await client.PutAsync("/api/v1/me/profile", new StringContent("""
            {"fullName": "Nguy\u1ec5n\u0000 V\u0103n A", "dateOfBirth": "1990-01-01", "sex": "Male", "nationality": "VN",
             "countryOfResidence": "VN", "documentNumber": "001090000001", "phone": "0912345678"}
            """, System.Text.Encoding.UTF8, "application/json"));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var title = (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("title").GetString();
        Assert.Equal("Yêu cầu có ký tự NUL (mã 0), không thuộc văn bản nào; không có gì được lưu.", title);
        Assert.False(await factory.WithScopeAsync(sp => sp.GetRequiredService<AppDbContext>().Profiles.AnyAsync(p => p.DocumentNumber == "001090000001")));

        // The same profile with the escape written as text (a backslash and "u0000") is stored as it was typed.
        var typed = await client.PutAsync("/api/v1/me/profile", new StringContent("""
            {"fullName": "Nguyen \\u0000 A", "dateOfBirth": "1990-01-01", "sex": "Male", "nationality": "VN",
             "countryOfResidence": "VN", "documentNumber": "001090000001", "phone": "0912345678"}
            """, System.Text.Encoding.UTF8, "application/json"));
        Assert.True(typed.IsSuccessStatusCode, await typed.Content.ReadAsStringAsync());
        Assert.Equal("Nguyen \\u0000 A", await factory.WithScopeAsync(sp => sp.GetRequiredService<AppDbContext>().Profiles
            .Where(p => p.DocumentNumber == "001090000001").Select(p => p.FullName).SingleAsync()));
    }

    [Fact]
    public async Task A_NUL_in_a_JSON_body_sent_as_UTF_16_is_refused_too()
    {
        await factory.CreateUserAsync("nul-utf16@example.vn");
        var client = factory.CreateBrowserLikeClient();
        await client.SignInAsync("nul-utf16@example.vn");
        var json = "{\"fullName\": \"Nguyễn\\u0000 Văn B\", \"dateOfBirth\": \"1991-02-03\", \"sex\": \"Male\", \"nationality\": \"VN\","
            + " \"countryOfResidence\": \"VN\", \"documentNumber\": \"001091000002\", \"phone\": \"0912345679\"}";

        var response = await client.PutAsync("/api/v1/me/profile", new StringContent(json, System.Text.Encoding.Unicode, "application/json"));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("Yêu cầu có ký tự NUL (mã 0), không thuộc văn bản nào; không có gì được lưu.",
            (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("title").GetString());
        Assert.False(await factory.WithScopeAsync(sp => sp.GetRequiredService<AppDbContext>().Profiles.AnyAsync(p => p.DocumentNumber == "001091000002")));
    }

    [Fact]
    public async Task A_NUL_in_a_multipart_page_form_is_answered_with_the_error_page_and_nothing_is_saved()
    {
        await using var submissions = new SubmissionFactory();
        await submissions.InitializeAsync();
        var (leader, _, teamId) = await submissions.TeamWithMemberAsync("nul-multipart", withMember: false);

        async Task<HttpResponseMessage> SaveAsync(string why)
        {
            var token = await leader.GetTokenAsync("/team/dossier");
            var form = new MultipartFormDataContent
            {
                { new StringContent(token), "__RequestVerificationToken" },
                { new StringContent("0"), "Input.BaseVersion" },
                { new StringContent(why), "Input.Why" },
            };
            return await leader.PostAsync("/team/dossier?handler=Save", form);
        }

        Task<bool> VersionSavedAsync() => submissions.WithScopeAsync(sp =>
        {
            var db = sp.GetRequiredService<AppDbContext>();
            return db.DossierVersions.AnyAsync(v => db.Dossiers.Any(d => d.Id == v.DossierId && d.TeamId == teamId));
        });

        var refused = await SaveAsync("Vì\u0000 sao");
        Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
        Assert.Contains("Yêu cầu không hợp lệ.", WebUtility.HtmlDecode(await refused.Content.ReadAsStringAsync()), StringComparison.Ordinal);
        Assert.False(await VersionSavedAsync());

        // The same form without the NUL is saved: the page takes multipart forms, and only the NUL was refused.
        var saved = await SaveAsync("Vì sao");
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        Assert.True(await VersionSavedAsync());
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
