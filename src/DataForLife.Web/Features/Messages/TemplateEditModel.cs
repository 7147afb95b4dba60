using System.Security.Claims;
using DataForLife.Web.Data;
using DataForLife.Web.Domain.Accounts;
using DataForLife.Web.Domain.Messages;
using DataForLife.Web.Infrastructure;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace DataForLife.Web.Features.Messages;

/// <summary>
/// One template in both languages, starting from the built-in text; checked before it is saved or previewed, and the
/// preview filled with real data of the platform (<see cref="TemplateSamples"/>).
/// </summary>
[OrganizerArea]
public sealed class TemplateEditModel(AppDbContext db, MailTemplates templates, TemplateEdits edits, TemplateSamples samples,
    UserManager<AppUser> users, IStringLocalizer<SharedResource> l) : PageModel
{
    public MailTemplateDefinition Template { get; private set; } = null!;

    public bool IsCustomised { get; private set; }

    [BindProperty]
    public MessageTemplate Texts { get; set; } = new();

    public ComposedMail? PreviewVi { get; private set; }

    public ComposedMail? PreviewEn { get; private set; }

    public async Task<IActionResult> OnGetAsync(string key, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(key, cancellationToken))
        {
            return NotFound();
        }

        var stored = await db.MessageTemplates.AsNoTracking().FirstOrDefaultAsync(t => t.Key == key, cancellationToken);
        if (stored is not null)
        {
            Texts = stored;
        }
        else
        {
            var (subjectVi, bodyVi) = templates.BuiltIn(Template, Cultures.Vietnamese);
            var (subjectEn, bodyEn) = templates.BuiltIn(Template, Cultures.English);
            Texts = new MessageTemplate { SubjectVi = subjectVi, BodyVi = bodyVi, SubjectEn = subjectEn, BodyEn = bodyEn };
        }

        return Page();
    }

    public async Task<IActionResult> OnPostPreviewAsync(string key, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(key, cancellationToken))
        {
            return NotFound();
        }

        if (Problems(TemplateEdits.Check(Template, Texts)))
        {
            var me = (await users.GetUserAsync(User))!;
            var values = await samples.ValuesAsync(new Recipient(me.Id, me.Email!, me.DisplayName), cancellationToken);
            PreviewVi = templates.Compose(Template, Texts, values, Cultures.Vietnamese);
            PreviewEn = templates.Compose(Template, Texts, values, Cultures.English);
        }

        return Page();
    }

    public async Task<IActionResult> OnPostSaveAsync(string key, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(key, cancellationToken))
        {
            return NotFound();
        }

        if (!Problems(await edits.SaveAsync(Template, Texts, User.FindFirstValue(ClaimTypes.NameIdentifier)!, cancellationToken)))
        {
            return Page();
        }

        TempData["Notice"] = l["Templates.Saved"].Value;
        return RedirectToPage(new { key });
    }

    public async Task<IActionResult> OnPostResetAsync(string key, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(key, cancellationToken))
        {
            return NotFound();
        }

        await edits.ResetAsync(Template, cancellationToken);
        TempData["Notice"] = l["Templates.WasReset"].Value;
        return RedirectToPage(new { key });
    }

    /// <summary>Shows each problem beside its field; true when there is none.</summary>
    private bool Problems(IReadOnlyList<TemplateEdits.Problem> problems)
    {
        foreach (var problem in problems)
        {
            var detail = problem.Kind is TemplateProblem.UnknownPlaceholder or TemplateProblem.MissingPlaceholder ? "{" + problem.Detail + "}" : problem.Detail;
            ModelState.AddModelError("Texts." + problem.Field, l["Template.Problem." + problem.Kind, detail]);
        }

        return problems.Count == 0;
    }

    private async Task<bool> LoadAsync(string key, CancellationToken cancellationToken)
    {
        if (MailCatalogue.Find(key) is not { } template)
        {
            return false;
        }

        Template = template;
        IsCustomised = await db.MessageTemplates.AnyAsync(t => t.Key == key, cancellationToken);
        return true;
    }
}
