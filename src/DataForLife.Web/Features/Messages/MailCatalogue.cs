namespace DataForLife.Web.Features.Messages;

/// <summary>
/// Every e-mail whose text organisers may edit. A sender names its template here and passes values by name; the
/// e-mails not in the catalogue yet are listed in docs/messages.md.
/// </summary>
public static class MailCatalogue
{
    public static readonly MailTemplateDefinition AccountConfirmation = new("account-confirmation",
        "Mail.Confirm.Subject", [], "Mail.Confirm.Text", ["name", "link"], "Mail.Confirm.Html") { Required = ["link"] };

    public static readonly MailTemplateDefinition PasswordReset = new("password-reset",
        "Mail.Reset.Subject", [], "Mail.Reset.Text", ["name", "link"], "Mail.Reset.Html") { Required = ["link"] };

    public static readonly MailTemplateDefinition AlreadyRegistered = new("already-registered",
        "Mail.AlreadyRegistered.Subject", [], "Mail.AlreadyRegistered.Text", ["name", "signin", "reset"], "Mail.AlreadyRegistered.Html") { Required = ["reset"] };

    public static readonly MailTemplateDefinition TeamInvitation = new("team-invitation",
        "Mail.Invite.Subject", ["team"], "Mail.Invite.Text", ["team", "idea", "link", "expires"]) { Required = ["link"] };

    public static readonly MailTemplateDefinition InvitationDeclined = new("invitation-declined",
        "Mail.Declined.Subject", ["team"], "Mail.Declined.Text", ["invitee", "team"]);

    public static readonly MailTemplateDefinition DeadlineReminder = new("deadline-reminder",
        "Mail.Reminder.Subject", ["team"], "Mail.Reminder.Text", ["team", "deadline"]);

    public static readonly MailTemplateDefinition JudgingNudge = new("judging-nudge",
        "Mail.Nudge.Subject", [], "Mail.Nudge.Text", ["name", "submitted", "assigned", "round"]);

    /// <summary>The announcement's body is Markdown; the template around it is too, and the HTML part is rendered from it.</summary>
    public static readonly MailTemplateDefinition Announcement = new("announcement",
        "Mail.Announcement.Subject", ["title"], "Mail.Announcement.Text", ["name", "body", "link"]) { Required = ["body"] };

    public static IReadOnlyList<MailTemplateDefinition> All { get; } =
        [Announcement, AccountConfirmation, PasswordReset, AlreadyRegistered, TeamInvitation, InvitationDeclined, DeadlineReminder, JudgingNudge];

    public static MailTemplateDefinition? Find(string? key) => All.FirstOrDefault(t => t.Key == key);
}
