using DataForLife.Population;
using DataForLife.Web.Domain;
using DataForLife.Web.Domain.Registration;
using DataForLife.Web.Domain.Roster;

namespace DataForLife.Tests.Registration;

public sealed class EligibilityRulesTests
{
    private static Profile Person(string nationality = "VN", string residence = "VN", string name = "Nguyễn Thị Mai",
        string email = "mai@example.vn", string document = "001199012345") => new()
        {
            UserId = "u1",
            FullName = name,
            NameKey = VietnameseText.Fold(name),
            DateOfBirth = new DateOnly(1990, 5, 17),
            Sex = Sex.Female,
            Nationality = nationality,
            CountryOfResidence = residence,
            DocumentNumber = document,
            Email = email,
        };

    private static StaffMember Staff(StaffBody body = StaffBody.Jury, string name = "Lê Văn Tâm", DateOnly? born = null,
        string? email = null, string? number = null) => new()
        {
            Body = body,
            FullName = name,
            NameKey = VietnameseText.Fold(name),
            DateOfBirth = born,
            Email = email,
            IdentityNumber = number,
        };

    private static EligibilityResult Evaluate(Profile? person, params StaffMember[] roster) =>
        EligibilityRules.Evaluate(person, person?.Email ?? "account@example.vn", roster);

    [Fact]
    public void A_citizen_living_in_Viet_Nam_is_eligible()
    {
        var result = Evaluate(Person());

        Assert.Equal(EligibilityStatus.Eligible, result.Status);
        Assert.Equal([EligibilityReason.CitizenInVietNam], result.Reasons);
    }

    [Fact]
    public void A_citizen_living_abroad_is_eligible()
    {
        var result = Evaluate(Person(residence: "FR"));

        Assert.Equal(EligibilityStatus.Eligible, result.Status);
        Assert.Contains(EligibilityReason.CitizenAbroad, result.Reasons);
    }

    [Fact]
    public void A_foreigner_living_in_Viet_Nam_is_eligible() =>
        Assert.Equal(EligibilityStatus.Eligible, Evaluate(Person(nationality: "JP", document: "TK1234567")).Status);

    [Fact]
    public void A_foreigner_living_abroad_is_not_eligible()
    {
        var result = Evaluate(Person(nationality: "JP", residence: "JP", document: "TK1234567"));

        Assert.Equal(EligibilityStatus.NotEligible, result.Status);
        Assert.Contains(EligibilityReason.ForeignerAbroad, result.Reasons);
    }

    [Fact]
    public void Without_a_profile_a_person_needs_review() =>
        Assert.Equal(EligibilityStatus.NeedsReview, Evaluate(null).Status);

    [Fact]
    public void A_judge_recognised_by_identity_number_is_not_eligible()
    {
        var result = Evaluate(Person(), Staff(number: "001199012345"));

        Assert.Equal(EligibilityStatus.NotEligible, result.Status);
        Assert.Contains(EligibilityReason.StaffByIdentityNumber, result.Reasons);
        Assert.Equal([StaffBody.Jury], result.MatchedBodies);
    }

    [Fact]
    public void A_staff_member_recognised_by_email_in_any_case_is_not_eligible()
    {
        var result = Evaluate(Person(email: "Mai@Example.VN"), Staff(StaffBody.Support, email: "mai@example.vn"));

        Assert.Equal(EligibilityStatus.NotEligible, result.Status);
        Assert.Contains(EligibilityReason.StaffByEmail, result.Reasons);
    }

    [Fact]
    public void The_account_email_counts_as_well_as_the_profile_email()
    {
        var result = EligibilityRules.Evaluate(Person(email: "other@example.vn"), "mai@c06.gov.vn", [Staff(StaffBody.Organising, email: "mai@c06.gov.vn")]);

        Assert.Equal(EligibilityStatus.NotEligible, result.Status);
    }

    [Fact]
    public void A_staff_member_recognised_by_name_and_birth_date_with_or_without_diacritics_is_not_eligible()
    {
        var result = Evaluate(Person(), Staff(StaffBody.Council, name: "nguyen thi  MAI", born: new DateOnly(1990, 5, 17)));

        Assert.Equal(EligibilityStatus.NotEligible, result.Status);
        Assert.Contains(EligibilityReason.StaffByNameAndBirthDate, result.Reasons);
    }

    [Fact]
    public void A_name_alone_is_a_warning_for_the_organisers_not_an_exclusion()
    {
        var differentBirth = Evaluate(Person(), Staff(name: "Nguyễn Thị Mai", born: new DateOnly(1975, 1, 1)));
        var unknownBirth = Evaluate(Person(), Staff(name: "Nguyễn Thị Mai"));

        Assert.Equal(EligibilityStatus.NeedsReview, differentBirth.Status);
        Assert.Equal(EligibilityStatus.NeedsReview, unknownBirth.Status);
        Assert.Contains(EligibilityReason.NameMatchesStaff, unknownBirth.Reasons);
    }

    [Fact]
    public void A_mentor_who_enters_is_flagged_for_review_rather_than_excluded()
    {
        var result = Evaluate(Person(), Staff(StaffBody.Mentors, email: "mai@example.vn"));

        Assert.Equal(EligibilityStatus.NeedsReview, result.Status);
        Assert.Contains(EligibilityReason.OnNonExcludedBody, result.Reasons);
    }

    [Theory]
    [InlineData(StaffBody.Steering)]
    [InlineData(StaffBody.Organising)]
    [InlineData(StaffBody.Jury)]
    [InlineData(StaffBody.Council)]
    [InlineData(StaffBody.Support)]
    public void Every_excluded_body_excludes(StaffBody body) =>
        Assert.Equal(EligibilityStatus.NotEligible, Evaluate(Person(), Staff(body, email: "mai@example.vn")).Status);

    [Fact]
    public void Someone_else_on_the_roster_changes_nothing() =>
        Assert.Equal(EligibilityStatus.Eligible, Evaluate(Person(), Staff(email: "tam@hust.edu.vn", number: "001080000001")).Status);

    [Fact]
    public void A_team_is_as_eligible_as_its_least_eligible_member()
    {
        Assert.Equal(EligibilityStatus.NotEligible, EligibilityResult.Worst([EligibilityStatus.Eligible, EligibilityStatus.NotEligible, EligibilityStatus.NeedsReview]));
        Assert.Equal(EligibilityStatus.NeedsReview, EligibilityResult.Worst([EligibilityStatus.Eligible, EligibilityStatus.NeedsReview]));
        Assert.Equal(EligibilityStatus.Eligible, EligibilityResult.Worst([EligibilityStatus.Eligible]));
    }
}
