namespace DataForLife.Population.Tests;

public sealed class IdentityNumberTests
{
    [Theory]
    [InlineData("001203001234", true)]  // Hà Nội
    [InlineData("079203001234", true)]  // Hồ Chí Minh City
    [InlineData("097203001234", false)] // no province has 097
    [InlineData("000203001234", false)]
    [InlineData("101203001234", true)]  // the first country code (births registered abroad)
    [InlineData("175203001234", true)]  // United States
    [InlineData("295203001234", true)]  // the last country code
    [InlineData("100203001234", false)]
    [InlineData("296203001234", false)]
    [InlineData("999203001234", false)]
    public void The_registration_code_is_a_province_or_a_country_of_the_tables(string number, bool known)
    {
        Assert.True(IdentityNumber.TryParse(number, out var parsed));
        Assert.Equal(known, parsed.HasKnownRegistrationCode);
        Assert.Equal(known, !IdentityNumber.Check(number, null, null).Contains(IdentityNumberProblem.UnknownProvince));
    }
}
