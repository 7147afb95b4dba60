namespace DataForLife.Web;

/// <summary>
/// Marks the one resource set of texts people read: Resources/SharedResource.resx, in Vietnamese (the default, also
/// used where no request says otherwise, such as background e-mails), and SharedResource.en.resx.
/// </summary>
public sealed class SharedResource;
