using DataForLife.Population;
using DataForLife.Web.Domain.Accounts;
using DataForLife.Web.Domain.Registration;
using DataForLife.Web.Features.Registration;
using Microsoft.Extensions.DependencyInjection;

namespace DataForLife.Tests.Support;

/// <summary>The platform on 20 August 2023, while the plan's registration window is open.</summary>
public class RegistrationFactory : PlatformFactory
{
    public static readonly DateTimeOffset DuringRegistration = EditionSamples.Vietnam(2023, 8, 20, 10);

    private static int _serial;

    public RegistrationFactory()
        : base(DuringRegistration)
    {
    }

    /// <summary>A signed-up person with a complete, valid profile (a citizen living in Viet Nam unless told otherwise).</summary>
    public async Task<AppUser> CreatePersonAsync(string email, string fullName, Sex sex = Sex.Female, int birthYear = 2001,
        string organisation = "Đại học Bách khoa Hà Nội", string residence = "VN", string? documentNumber = null)
    {
        var user = await CreateUserAsync(email, displayName: fullName);
        var serial = Interlocked.Increment(ref _serial);
        var errors = await WithScopeAsync(sp => sp.GetRequiredService<ProfileCommands>().SaveAsync(user.Id, new ProfileInput
        {
            FullName = fullName,
            DateOfBirth = new DateOnly(birthYear, 4, 30),
            Sex = sex,
            Nationality = "VN",
            CountryOfResidence = residence,
            DocumentNumber = documentNumber ?? IdentityNumber.Compose("001", sex, birthYear, serial),
            Phone = "0912345678",
            Organisation = organisation,
        }));
        Assert.Empty(errors);
        return user;
    }

    /// <summary>A team registered through the team page by a new person, who is its leader.</summary>
    public async Task<(HttpClient Leader, int TeamId)> RegisterTeamAsync(string leaderEmail, string teamName, string leaderName = "Đặng Thu Hà")
    {
        await CreatePersonAsync(leaderEmail, leaderName);
        var client = this.CreateBrowserLikeClient();
        await client.SignInAsync(leaderEmail);
        var response = await client.PostFormAsync("/team", [
            new("Input.Name", teamName), new("Input.IdeaName", "Ứng dụng " + teamName), new("Input.Categories", "society"),
            new("Input.Abstract", "Một sản phẩm dữ liệu phục vụ người dân.")], "/team?handler=Create");
        Assert.Equal(System.Net.HttpStatusCode.Redirect, response.StatusCode);
        var teamId = await WithScopeAsync(sp => Task.FromResult(sp.GetRequiredService<Web.Data.AppDbContext>().Teams.Single(t => t.Name == teamName).Id));
        return (client, teamId);
    }
}
