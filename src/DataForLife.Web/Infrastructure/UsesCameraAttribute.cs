namespace DataForLife.Web.Infrastructure;

/// <summary>
/// A page that reads codes with the device's camera (the final's check-in desk): its permissions policy allows the
/// camera for our own origin; every other page keeps it off.
/// </summary>
[AttributeUsage(AttributeTargets.Class)]
public sealed class UsesCameraAttribute : Attribute;
