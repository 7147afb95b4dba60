namespace DataForLife.Web;

/// <summary>Marks the one resource set of texts people read: Resources/SharedResource.vi.resx and .en.resx.</summary>
public sealed class SharedResource;
