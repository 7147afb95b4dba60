using DataForLife.Web.Domain.Accounts;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace DataForLife.Web.Features.Accounts;

public sealed class AccountHomeModel(UserManager<AppUser> users) : PageModel
{
    public AppUser Account { get; private set; } = null!;

    public IList<string> Roles { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync()
    {
        var user = await users.GetUserAsync(User);
        if (user is null)
        {
            return Challenge();
        }

        Account = user;
        Roles = await users.GetRolesAsync(user);
        return Page();
    }
}
