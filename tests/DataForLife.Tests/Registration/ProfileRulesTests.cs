using DataForLife.Population;
using DataForLife.Web.Domain.Registration;

namespace DataForLife.Tests.Registration;

public sealed class ProfileRulesTests
{
    private static readonly DateOnly Today = new(2023, 8, 20);

    private static ProfileInput Valid() => new()
    {
        FullName = "Trần Minh Đức",
        DateOfBirth = new DateOnly(2001, 3, 9),
        Sex = Sex.Male,
        Nationality = "VN",
        CountryOfResidence = "VN",
        DocumentNumber = "040201123456",
        Phone = "0912 345 678",
        Organisation = "Đại học Bách khoa Hà Nội",
    };

    private static IEnumerable<string> Keys(ProfileInput input) => ProfileRules.Validate(input, Today).Select(e => $"{e.Field}:{e.MessageKey}");

    [Fact]
    public void A_complete_citizens_profile_is_valid() => Assert.Empty(Keys(Valid()));

    [Theory]
    [InlineData("04020112345")]
    [InlineData("0402011234567")]
    [InlineData("04020112345A")]
    [InlineData("")]
    public void A_malformed_identity_number_is_refused(string number)
    {
        var input = Valid();
        input.DocumentNumber = number;

        Assert.Equal(["DocumentNumber:Profile.IdFormat"], Keys(input));
    }

    [Fact]
    public void An_identity_number_whose_year_disagrees_with_the_birth_date_is_refused()
    {
        var input = Valid();
        input.DocumentNumber = "040299123456";

        Assert.Equal(["DocumentNumber:Profile.IdYear"], Keys(input));
    }

    [Fact]
    public void An_identity_number_whose_sex_digit_disagrees_is_refused()
    {
        var input = Valid();
        input.DocumentNumber = "040301123456";

        Assert.Equal(["DocumentNumber:Profile.IdSex"], Keys(input));
    }

    [Theory]
    [InlineData("003201123456")]
    [InlineData("099201123456")]
    public void An_identity_number_with_an_unknown_province_code_is_refused(string number)
    {
        var input = Valid();
        input.DocumentNumber = number;

        Assert.Equal(["DocumentNumber:Profile.IdProvince"], Keys(input));
    }

    [Fact]
    public void Spaces_and_dots_in_an_identity_number_are_ignored()
    {
        var input = Valid();
        input.DocumentNumber = "040 201.123 456";

        Assert.Empty(Keys(input));
    }

    [Fact]
    public void A_birth_date_in_the_future_is_refused()
    {
        var input = Valid();
        input.DateOfBirth = Today.AddDays(1);

        Assert.Contains("DateOfBirth:Profile.BirthDateInFuture", Keys(input));
    }

    [Theory]
    [InlineData("   ")]
    [InlineData(" . - ")]
    [InlineData(null)]
    public void A_name_made_only_of_spaces_or_marks_is_refused(string? name)
    {
        var input = Valid();
        input.FullName = name;

        Assert.Equal(["FullName:Profile.NameRequired"], Keys(input));
    }

    [Fact]
    public void A_foreigner_gives_a_passport_number_instead()
    {
        var input = Valid();
        input.Nationality = "KR";
        input.DocumentNumber = "m12345678";

        Assert.Empty(Keys(input));
        input.DocumentNumber = "12";
        Assert.Equal(["DocumentNumber:Profile.PassportInvalid"], Keys(input));
    }

    [Theory]
    [InlineData("0912 345 678", "+84912345678")]
    [InlineData("+84 912 345 678", "+84912345678")]
    [InlineData("024 3869 2222", "+842438692222")]
    [InlineData("+33 6 12 34 56 78", "+33612345678")]
    [InlineData("12345", null)]
    [InlineData("gọi tôi", null)]
    public void Telephone_numbers_are_read_in_Vietnamese_and_international_forms(string typed, string? stored) =>
        Assert.Equal(stored, ProfileRules.NormalisePhone(typed));

    [Fact]
    public void An_unknown_country_is_refused()
    {
        var input = Valid();
        input.CountryOfResidence = "XX";

        Assert.Contains("CountryOfResidence:Profile.CountryUnknown", Keys(input));
    }
}
