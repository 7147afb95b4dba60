using System.Globalization;
using DataForLife.Web.Domain.Editions;

namespace DataForLife.Web.Infrastructure;

/// <summary>Reads a localised text in both languages at once, for what is stored or printed in Vietnamese and English.</summary>
public static class CultureScope
{
    public static LocalizedText Both(Func<string> text) => new(In(Cultures.Vietnamese, text), In(Cultures.English, text));

    public static T In<T>(string culture, Func<T> read)
    {
        ArgumentNullException.ThrowIfNull(read);
        var (ui, current) = (CultureInfo.CurrentUICulture, CultureInfo.CurrentCulture);
        try
        {
            CultureInfo.CurrentUICulture = CultureInfo.CurrentCulture = CultureInfo.GetCultureInfo(culture);
            return read();
        }
        finally
        {
            (CultureInfo.CurrentUICulture, CultureInfo.CurrentCulture) = (ui, current);
        }
    }
}
