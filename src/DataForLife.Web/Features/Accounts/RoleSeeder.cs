using DataForLife.Web.Domain.Accounts;
using Microsoft.AspNetCore.Identity;

namespace DataForLife.Web.Features.Accounts;

public sealed class RoleSeeder(RoleManager<IdentityRole> roles)
{
    public async Task SeedAsync()
    {
        foreach (var role in Roles.All)
        {
            if (!await roles.RoleExistsAsync(role))
            {
                await roles.CreateAsync(new IdentityRole(role));
            }
        }
    }
}
