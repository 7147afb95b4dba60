using DataForLife.Web.Domain.Editions;
using DataForLife.Web.Domain.Registration;
using DataForLife.Web.Features.Editions;
using Microsoft.Extensions.Localization;

namespace DataForLife.Web.Features.Registration;

/// <summary>The current edition, whether its registration window is open now, and how to tell a person why not.</summary>
public sealed class RegistrationWindow(EditionStore editions, TimeProvider clock, IStringLocalizer<SharedResource> l)
{
    public const string PhaseCode = "registration";

    public DateTime NowUtc => clock.GetUtcNow().UtcDateTime;

    public Task<Edition?> CurrentEditionAsync(CancellationToken cancellationToken) => editions.CurrentAsync(cancellationToken);

    public bool IsOpen(Edition edition) => TimelineView.At(edition.Definition, clock.GetUtcNow()).IsOpen(PhaseCode);

    /// <summary>The current edition when its registration is open, else the refusal to show.</summary>
    public async Task<(Edition? Edition, RegistrationResult? Refusal)> OpenEditionAsync(CancellationToken cancellationToken)
    {
        var edition = await editions.CurrentAsync(cancellationToken);
        if (edition is null)
        {
            return (null, RegistrationResult.Refused(string.Empty, "Team.NoEdition"));
        }

        return IsOpen(edition) ? (edition, null) : (edition, RegistrationResult.Refused(string.Empty, "Team.RegistrationClosed"));
    }

    /// <summary>A sentence that says why a person may not enter, naming the body they were matched to.</summary>
    public string Explain(EligibilityResult result) => string.Join(" ", result.Reasons
        .Where(r => result.Status == EligibilityStatus.Eligible || r is not (EligibilityReason.CitizenInVietNam or EligibilityReason.CitizenAbroad or EligibilityReason.ForeignerInVietNam))
        .Select(r => l["Eligibility." + r, string.Join(", ", result.MatchedBodies.Select(b => l["Body." + b].Value))].Value));
}
