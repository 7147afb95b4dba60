namespace DataForLife.Web.Domain.Editions;

public enum GalleryOrder
{
    Shuffled,
    Alphabetical,
}
