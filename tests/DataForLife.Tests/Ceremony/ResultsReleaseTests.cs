using DataForLife.Tests.Support;
using DataForLife.Web.Domain.Ceremony;
using DataForLife.Web.Domain.Editions;

namespace DataForLife.Tests.Ceremony;

public class ResultsReleaseTests
{
    private static readonly DateTimeOffset Ceremony = EditionSamples.Vietnam(2023, 11, 24, 19);

    [Fact]
    public void The_final_is_hidden_until_the_ceremony_even_once_published()
    {
        var ceremony = new CeremonySettings { ResultsAt = Ceremony };

        Assert.False(ResultsRelease.IsPublic(ceremony, finalPublished: true, Ceremony.AddSeconds(-1)));
        Assert.True(ResultsRelease.IsPublic(ceremony, finalPublished: true, Ceremony));
        Assert.False(ResultsRelease.IsPublic(ceremony, finalPublished: false, Ceremony.AddDays(1)));
    }

    [Fact]
    public void Without_a_ceremony_time_the_final_stays_hidden()
    {
        Assert.False(ResultsRelease.IsPublic(new CeremonySettings(), finalPublished: true, Ceremony.AddYears(1)));
    }

    [Fact]
    public void Rounds_before_the_final_are_shown_as_soon_as_they_are_published()
    {
        var edition = EditionSamples.Plan2023 with { Ceremony = new CeremonySettings { ResultsAt = Ceremony } };

        Assert.True(ResultsRelease.RoundIsPublic(edition, "round2", published: true, Ceremony.AddDays(-30)));
        Assert.False(ResultsRelease.RoundIsPublic(edition, "final", published: true, Ceremony.AddMinutes(-1)));
        Assert.True(ResultsRelease.RoundIsPublic(edition, "final", published: true, Ceremony));
    }

    [Fact]
    public void Announcing_now_brings_the_time_forward_but_never_moves_a_time_already_past()
    {
        var ceremony = new CeremonySettings { ResultsAt = Ceremony };

        Assert.Equal(Ceremony.AddHours(-3), ResultsRelease.AnnouncedAt(ceremony, Ceremony.AddHours(-3)).ResultsAt);
        Assert.Equal(Ceremony, ResultsRelease.AnnouncedAt(ceremony, Ceremony.AddHours(2)).ResultsAt);
        Assert.Equal(Ceremony, ResultsRelease.AnnouncedAt(new CeremonySettings(), Ceremony).ResultsAt);
    }

    [Fact]
    public void Once_the_results_are_public_their_time_cannot_change()
    {
        var before = EditionSamples.Plan2023;
        var after = before with { Ceremony = before.Ceremony with { ResultsAt = before.Ceremony.ResultsAt!.Value.AddDays(1) } };

        Assert.Empty(EditionRules.ValidateChange(before, after, before.Ceremony.ResultsAt.Value.AddMinutes(-1)));
        Assert.Contains(EditionRules.ValidateChange(before, after, before.Ceremony.ResultsAt.Value), e => e.Code == "ResultsTimeFrozen");
    }

    [Fact]
    public void The_results_cannot_be_set_to_go_public_before_the_final_starts_and_the_contact_email_must_be_one()
    {
        var edition = EditionSamples.Plan2023;
        var early = edition with { Ceremony = edition.Ceremony with { ResultsAt = EditionSamples.Vietnam(2023, 11, 1, 9) } };
        var badEmail = edition with { Contact = edition.Contact with { Email = "not an address" } };

        Assert.Contains(EditionRules.Validate(early), e => e.Code == "ResultsBeforeFinal");
        Assert.Contains(EditionRules.Validate(badEmail), e => e.Code == "ContactEmail");
        Assert.Empty(EditionRules.Validate(edition));
    }

    [Fact]
    public void Serials_are_unguessable_and_read_back_however_they_are_typed()
    {
        var serials = Enumerable.Range(0, 1000).Select(_ => CertificateSerial.New()).ToList();

        Assert.Equal(1000, serials.Distinct().Count());
        Assert.All(serials, s => Assert.Matches("^DFL(-[0-9A-HJKMNP-TV-Z]{4}){5}$", s));
        Assert.Equal(serials[0], CertificateSerial.Normalize(" " + serials[0].ToLowerInvariant() + " "));
        Assert.Null(CertificateSerial.Normalize("DFL-0000"));
        Assert.Null(CertificateSerial.Normalize("../../etc/passwd"));
    }
}
