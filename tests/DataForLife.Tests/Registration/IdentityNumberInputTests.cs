using System.Net;
using System.Text.Json;
using DataForLife.Population;
using DataForLife.Tests.Support;
using DataForLife.Web.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using static DataForLife.Tests.Registration.RegistrationSteps;

namespace DataForLife.Tests.Registration;

/// <summary>A citizen's 12-digit number is checked by its structure; a wrong one is named beside its field and nothing is saved.</summary>
[Trait("Category", "Integration")]
public sealed class IdentityNumberInputTests(RegistrationFactory factory) : IClassFixture<RegistrationFactory>
{
    /// <summary>Born in 2001, female: the century/sex digit 3 and the year 01 agree; only the province code 003 (no such province) is wrong.</summary>
    private static readonly string UnknownProvince = IdentityNumber.Compose("003", Sex.Female, 2001, 123456);

    public static TheoryData<string, string, string> WrongNumbers => new()
    {
        { "letter-o", "0013O1123456", "Số định danh cá nhân phải gồm đúng 12 chữ số." },
        { "thirteen-digits", "0013011234567", "Số định danh cá nhân phải gồm đúng 12 chữ số." },
        { "province", UnknownProvince, "Số định danh cá nhân bắt đầu bằng \"003\", không phải mã tỉnh, thành phố nơi đăng ký khai sinh nào." },
    };

    [Theory]
    [MemberData(nameof(WrongNumbers))]
    public async Task A_wrong_identity_number_on_the_profile_page_is_named_beside_its_field_and_the_saved_profile_stays(string name, string number, string message)
    {
        var email = $"id-page-{name}@example.vn";
        var person = await factory.CreatePersonAsync(email, "Hà Thị Số");
        var before = (await ProfileAsync(factory, person.Id))!;
        var client = await SignedInAsync(factory, email);

        var response = await client.PostFormAsync("/profile", [new("Input.FullName", "Hà Thị Số Mới"), new("Input.DateOfBirth", "2001-04-30"),
            new("Input.Sex", "Female"), new("Input.Nationality", "VN"), new("Input.CountryOfResidence", "VN"),
            new("Input.DocumentNumber", number), new("Input.Phone", "0912345678"), new("Input.Organisation", "Đại học Huế")]);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(message, FieldError(await response.Content.ReadAsStringAsync(), "Input.DocumentNumber"));
        var after = (await ProfileAsync(factory, person.Id))!;
        Assert.Equal((before.FullName, before.DocumentNumber, before.Organisation), (after.FullName, after.DocumentNumber, after.Organisation));
    }

    [Theory]
    [MemberData(nameof(WrongNumbers))]
    public async Task A_wrong_identity_number_sent_to_the_API_is_refused_for_that_field_and_no_profile_is_created(string name, string number, string message)
    {
        var email = $"id-api-{name}@example.vn";
        var user = await factory.CreateUserAsync(email);
        var client = await SignedInAsync(factory, email);

        var response = await client.PutAsJsonAsync("/api/v1/me/profile", Profile(number));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var errors = (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors");
        Assert.Equal(["documentNumber"], errors.EnumerateObject().Select(p => p.Name));
        Assert.Equal(message, Assert.Single(errors.GetProperty("documentNumber").EnumerateArray()).GetString());
        Assert.Null(await ProfileAsync(factory, user.Id));
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync("/api/v1/me/profile")).StatusCode);
        Assert.False(await factory.WithScopeAsync(sp => sp.GetRequiredService<AppDbContext>().AuditEntries.AnyAsync(a => a.Action == "profile.created" && a.EntityId == user.Id)));
    }

    [Fact]
    public async Task The_API_explains_an_unknown_province_code_in_English_to_an_English_reader()
    {
        await factory.CreateUserAsync("id-api-english@example.vn");
        var client = await SignedInAsync(factory, "id-api-english@example.vn");
        client.DefaultRequestHeaders.AcceptLanguage.ParseAdd("en");

        var response = await client.PutAsJsonAsync("/api/v1/me/profile", Profile(UnknownProvince));

        var errors = (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors");
        Assert.Equal("The personal identification number starts with \"003\", which is not the code of any province of birth registration.",
            errors.GetProperty("documentNumber")[0].GetString());
    }

    private static object Profile(string documentNumber) => new
    {
        fullName = "Hà Thị Số", dateOfBirth = "2001-04-30", sex = "female", nationality = "VN", countryOfResidence = "VN",
        documentNumber, phone = "0912345678", organisation = "Đại học Huế",
    };
}
