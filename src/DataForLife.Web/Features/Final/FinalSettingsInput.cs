using DataForLife.Web.Domain;
using DataForLife.Web.Domain.Editions;

namespace DataForLife.Web.Features.Final;

/// <summary>The final's settings as the organisers' form sends them; the check-in time is Viet Nam wall-clock.</summary>
public sealed class FinalSettingsInput
{
    public int Revision { get; set; }
    public string? VenueVi { get; set; }
    public string? VenueEn { get; set; }
    public string? AddressVi { get; set; }
    public string? AddressEn { get; set; }
    public DateTime? CheckInAt { get; set; }
    public string? BringVi { get; set; }
    public string? BringEn { get; set; }
    public int Hours { get; set; } = 24;
    public int PitchMinMinutes { get; set; } = 6;
    public int PitchMaxMinutes { get; set; } = 8;

    public static FinalSettingsInput From(Edition edition)
    {
        var f = edition.Definition.Final;
        return new FinalSettingsInput
        {
            Revision = edition.Revision, VenueVi = f.Venue.Vi, VenueEn = f.Venue.En, AddressVi = f.Address.Vi, AddressEn = f.Address.En,
            CheckInAt = f.CheckInAt is { } at ? VietnamTime.ToVietnam(at).DateTime : null, BringVi = f.Bring.Vi, BringEn = f.Bring.En,
            Hours = f.Hours, PitchMinMinutes = f.PitchMinMinutes, PitchMaxMinutes = f.PitchMaxMinutes,
        };
    }

    public FinalSettings ApplyTo(FinalSettings settings) => settings with
    {
        Venue = Text(VenueVi, VenueEn),
        Address = Text(AddressVi, AddressEn),
        CheckInAt = CheckInAt is { } at ? VietnamTime.FromLocal(at) : null,
        Bring = Text(BringVi, BringEn),
        Hours = Hours,
        PitchMinMinutes = PitchMinMinutes,
        PitchMaxMinutes = PitchMaxMinutes,
    };

    private static LocalizedText Text(string? vi, string? en) => new(VietnameseText.Clean(vi), VietnameseText.Clean(en));
}
