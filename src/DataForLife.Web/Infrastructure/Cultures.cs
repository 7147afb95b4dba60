using System.Globalization;

namespace DataForLife.Web.Infrastructure;

public static class Cultures
{
    public const string Vietnamese = "vi";
    public const string English = "en";

    public static string[] Supported { get; } = [Vietnamese, English];

    public static bool IsEnglish => CultureInfo.CurrentUICulture.TwoLetterISOLanguageName == English;
}
