namespace DataForLife.Web.Infrastructure.Files;

public enum SniffedType
{
    Unknown,
    Jpeg,
    Png,
    WebP,
    Pdf,
    Mp4,
}
