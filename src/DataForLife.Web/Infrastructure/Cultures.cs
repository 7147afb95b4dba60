using System.Globalization;

namespace DataForLife.Web.Infrastructure;

public static class Cultures
{
    public const string Vietnamese = "vi";
    public const string English = "en";

    public static string[] Supported { get; } = [Vietnamese, English];

    public static bool IsEnglish => CultureInfo.CurrentUICulture.TwoLetterISOLanguageName == English;

    /// <summary>
    /// The <c>lang</c> of a contestant's text on this page: "vi" on an English page when the text is Vietnamese (so that
    /// a screen reader reads it with a Vietnamese voice), none otherwise.
    /// </summary>
    public static string? LangOf(string? text) => IsEnglish && Domain.VietnameseText.LooksVietnamese(text) ? Vietnamese : null;
}
