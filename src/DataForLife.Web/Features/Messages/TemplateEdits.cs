using DataForLife.Web.Data;
using DataForLife.Web.Domain.Messages;
using DataForLife.Web.Features.Audit;
using Microsoft.EntityFrameworkCore;

namespace DataForLife.Web.Features.Messages;

/// <summary>Checks and saves the organisers' version of a template, or removes it to go back to the built-in text.</summary>
public sealed class TemplateEdits(AppDbContext db, AuditLog audit, TimeProvider clock)
{
    public sealed record Problem(string Field, TemplateProblem Kind, string Detail);

    /// <summary>Every problem of the four texts, each with the field it is in; none means the version may be saved.</summary>
    public static IReadOnlyList<Problem> Check(MailTemplateDefinition template, MessageTemplate texts)
    {
        ArgumentNullException.ThrowIfNull(template);
        ArgumentNullException.ThrowIfNull(texts);
        var problems = new List<Problem>();
        foreach (var (field, text, isBody) in new[] { ("SubjectVi", texts.SubjectVi, false), ("SubjectEn", texts.SubjectEn, false), ("BodyVi", texts.BodyVi, true), ("BodyEn", texts.BodyEn, true) })
        {
            if (string.IsNullOrWhiteSpace(text))
            {
                problems.Add(new Problem(field, TemplateProblem.Empty, string.Empty));
                continue;
            }

            var check = TemplateText.Check(text, template.Placeholders);
            if (!check.IsValid)
            {
                problems.Add(new Problem(field, check.Problem!.Value, check.Detail ?? string.Empty));
            }
            else if (isBody && template.Required.FirstOrDefault(r => !check.Used.Contains(r)) is { } missing)
            {
                problems.Add(new Problem(field, TemplateProblem.MissingPlaceholder, missing));
            }
        }

        return problems;
    }

    public async Task<IReadOnlyList<Problem>> SaveAsync(MailTemplateDefinition template, MessageTemplate texts, string organiserId, CancellationToken cancellationToken)
    {
        var problems = Check(template, texts);
        if (problems.Count > 0)
        {
            return problems;
        }

        var stored = await db.MessageTemplates.FirstOrDefaultAsync(t => t.Key == template.Key, cancellationToken);
        var before = stored is null ? null : new { stored.SubjectVi, stored.SubjectEn, stored.BodyVi, stored.BodyEn };
        if (stored is null)
        {
            stored = new MessageTemplate { Key = template.Key };
            db.MessageTemplates.Add(stored);
        }

        stored.SubjectVi = texts.SubjectVi.Trim();
        stored.SubjectEn = texts.SubjectEn.Trim();
        stored.BodyVi = texts.BodyVi.Trim();
        stored.BodyEn = texts.BodyEn.Trim();
        stored.UpdatedByUserId = organiserId;
        stored.UpdatedAtUtc = clock.GetUtcNow().UtcDateTime;
        audit.Record("mail-template.saved", "MessageTemplate", template.Key, before, new { stored.SubjectVi, stored.SubjectEn, stored.BodyVi, stored.BodyEn });
        await audit.SaveChangesAsync(cancellationToken);
        return [];
    }

    public async Task ResetAsync(MailTemplateDefinition template, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(template);
        var stored = await db.MessageTemplates.FirstOrDefaultAsync(t => t.Key == template.Key, cancellationToken);
        if (stored is null)
        {
            return;
        }

        db.MessageTemplates.Remove(stored);
        audit.Record("mail-template.reset", "MessageTemplate", template.Key, new { stored.SubjectVi, stored.SubjectEn, stored.BodyVi, stored.BodyEn });
        await audit.SaveChangesAsync(cancellationToken);
    }
}
