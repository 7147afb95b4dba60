namespace DataForLife.Web.Domain;

/// <summary>A refused input: the field it concerns, the key of its localised message and the message's arguments.</summary>
public sealed record FieldError(string Field, string MessageKey, params object[] Arguments);
