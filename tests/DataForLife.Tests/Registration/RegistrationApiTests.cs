using System.Net;
using System.Text.Json;
using DataForLife.Tests.Support;
using Microsoft.Extensions.DependencyInjection;

namespace DataForLife.Tests.Registration;

[Trait("Category", "Integration")]
public sealed class RegistrationApiTests(RegistrationFactory factory) : IClassFixture<RegistrationFactory>
{
    [Fact]
    public async Task A_profile_with_an_identity_number_that_disagrees_is_refused_field_by_field()
    {
        await factory.CreateUserAsync("api-profile@example.vn");
        var client = factory.CreateBrowserLikeClient();
        await client.SignInAsync("api-profile@example.vn");

        var response = await client.PutAsJsonAsync("/api/v1/me/profile", new
        {
            fullName = "   ",
            dateOfBirth = "2030-01-01",
            sex = "male",
            nationality = "VN",
            countryOfResidence = "VN",
            documentNumber = "003201123456",
            phone = "123",
        });

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var errors = (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors");
        Assert.Contains("họ và tên", errors.GetProperty("fullName")[0].GetString(), StringComparison.Ordinal);
        Assert.Contains("tương lai", errors.GetProperty("dateOfBirth")[0].GetString(), StringComparison.Ordinal);
        Assert.True(errors.TryGetProperty("documentNumber", out _));
        Assert.True(errors.TryGetProperty("phone", out _));
    }

    [Fact]
    public async Task A_sign_up_with_a_name_or_address_longer_than_its_column_is_refused_field_by_field()
    {
        var client = factory.CreateBrowserLikeClient();
        var address = new string('a', 250) + "@example.vn";

        var response = await client.PostAsJsonAsync("/api/v1/account/register", new { email = address, password = TestUsers.Password, displayName = new string('Đ', 201) });

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var errors = (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors");
        Assert.Equal("displayName dài quá 200 ký tự.", errors.GetProperty("displayName")[0].GetString());
        Assert.Equal("email dài quá 256 ký tự.", errors.GetProperty("email")[0].GetString());
        Assert.Null(await factory.WithScopeAsync(sp => sp.GetRequiredService<Microsoft.AspNetCore.Identity.UserManager<Web.Domain.Accounts.AppUser>>().FindByEmailAsync(address)));
    }

    [Fact]
    public async Task A_person_signs_up_fills_the_profile_and_registers_a_team_through_the_API()
    {
        var client = factory.CreateBrowserLikeClient();
        client.DefaultRequestHeaders.AcceptLanguage.ParseAdd("en");

        var signUp = await client.PostAsJsonAsync("/api/v1/account/register", new { email = "api-team@example.vn", password = TestUsers.Password, displayName = "Phùng Văn Lộc" });
        Assert.Equal(HttpStatusCode.Created, signUp.StatusCode);
        var confirm = new Uri(Mailbox.FirstLink(await factory.Mailbox.WaitForAsync("api-team@example.vn"), "/account/confirm-email"));
        await client.GetAsync(confirm.PathAndQuery);
        await client.SignInAsync("api-team@example.vn");

        var profile = await client.PutAsJsonAsync("/api/v1/me/profile", new
        {
            fullName = "Phùng Văn Lộc", dateOfBirth = "1999-12-01", sex = "male", nationality = "VN", countryOfResidence = "VN",
            documentNumber = "079099000777", phone = "+84 912 000 777", organisation = "Trường ĐH Khoa học Tự nhiên",
        });
        Assert.Equal(HttpStatusCode.NoContent, profile.StatusCode);
        var nullCategories = await client.PostAsJsonAsync("/api/v1/me/team", new { name = "Đội API", ideaName = "Cổng dữ liệu mở", categories = (string[]?)null, @abstract = "Tóm tắt." });
        Assert.Equal(HttpStatusCode.BadRequest, nullCategories.StatusCode);
        var created = await client.PostAsJsonAsync("/api/v1/me/team", new { name = "Đội API", ideaName = "Cổng dữ liệu mở", categories = new[] { "government", "economy" }, @abstract = "Tóm tắt." });
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        var team = await client.GetFromJsonAsync<JsonElement>("/api/v1/me/team");
        Assert.Equal("Đội API", team.GetProperty("name").GetString());
        Assert.Equal("Eligible", team.GetProperty("status").GetString());

        var again = await client.PostAsJsonAsync("/api/v1/me/team", new { name = "Đội API 2", ideaName = "X", categories = new[] { "economy" }, @abstract = "Y" });
        Assert.Equal(HttpStatusCode.Conflict, again.StatusCode);
        Assert.Contains("already in the team", (await again.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("title").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_unknown_invitation_is_not_found_and_a_stranger_gets_no_team()
    {
        await factory.CreateUserAsync("api-stranger@example.vn");
        var client = factory.CreateBrowserLikeClient();
        await client.SignInAsync("api-stranger@example.vn");

        Assert.Equal(HttpStatusCode.NotFound, (await client.PostAsync("/api/v1/invitations/not-a-token/accept", null)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync("/api/v1/me/team")).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await factory.CreateClient().GetAsync("/api/v1/me/team")).StatusCode);
    }
}
