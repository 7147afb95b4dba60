namespace DataForLife.Web.Domain.Registration;

/// <summary>How personal data is shown to people who may not see it whole.</summary>
public static class PersonalData
{
    /// <summary>0010******89: the province and century digits and the last two stay, the rest is hidden.</summary>
    public static string Mask(string? number)
    {
        if (string.IsNullOrEmpty(number))
        {
            return string.Empty;
        }

        return number.Length <= 6 ? new string('*', number.Length) : number[..4] + new string('*', number.Length - 6) + number[^2..];
    }
}
