using DataForLife.Web.Infrastructure;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace DataForLife.Web.Features.Editions;

[OrganizerArea]
public sealed class OrganizerHomeModel : PageModel
{
    public void OnGet()
    {
    }
}
