namespace DataForLife.Web.Domain.Judging;

public enum PitchVenue
{
    HaNoi,
    HoChiMinhCity,
    Online,
}
