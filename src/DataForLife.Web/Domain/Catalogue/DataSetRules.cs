using System.Text.RegularExpressions;

namespace DataForLife.Web.Domain.Catalogue;

/// <summary>Whether a catalogue entry may be saved: its address, its names, known categories and topics, a real link.</summary>
public static partial class DataSetRules
{
    public const int MaxSlug = 60;
    public const int MaxName = 200;
    public const int MaxDescription = 4000;
    public const int MaxShortText = 400;
    public const int MaxNotes = 2000;
    public const int MaxUrl = 500;

    /// <summary>Entries and topics are listed by position, 0 first; a new entry is placed at 1000.</summary>
    public const int MaxPosition = 9999;

    public static IReadOnlyList<FieldError> Validate(DataSetInput input, IReadOnlyCollection<string> categories, IReadOnlyCollection<string> topics)
    {
        ArgumentNullException.ThrowIfNull(input);
        var errors = new List<FieldError>();
        if (string.IsNullOrWhiteSpace(input.Slug) || input.Slug.Length > MaxSlug || !SlugPattern().IsMatch(input.Slug))
        {
            errors.Add(new FieldError(nameof(input.Slug), "Catalogue.Error.Slug"));
        }

        Required(errors, nameof(input.NameVi), input.NameVi, MaxName);
        Required(errors, nameof(input.NameEn), input.NameEn, MaxName);
        Required(errors, nameof(input.DescriptionVi), input.DescriptionVi, MaxDescription);
        Required(errors, nameof(input.DescriptionEn), input.DescriptionEn, MaxDescription);
        foreach (var (field, value, limit) in Optional(input))
        {
            if (value is { Length: > 0 } text && text.Trim().Length > limit)
            {
                errors.Add(new FieldError(field, "Catalogue.Error.TooLong", limit));
            }
        }

        if (!Enum.IsDefined(input.Provider))
        {
            errors.Add(new FieldError(nameof(input.Provider), "Catalogue.Error.Provider"));
        }

        if (input.Categories.Except(categories, StringComparer.Ordinal).Any())
        {
            errors.Add(new FieldError(nameof(input.Categories), "Catalogue.Error.Category"));
        }

        if (input.Topics.Except(topics, StringComparer.Ordinal).Any())
        {
            errors.Add(new FieldError(nameof(input.Topics), "Catalogue.Error.Topic"));
        }

        if (!string.IsNullOrWhiteSpace(input.SourceUrl) && !IsWebLink(input.SourceUrl))
        {
            errors.Add(new FieldError(nameof(input.SourceUrl), "Catalogue.Error.SourceUrl"));
        }

        if (!IsPosition(input.Position))
        {
            errors.Add(new FieldError(nameof(input.Position), "Catalogue.Error.Position", MaxPosition));
        }

        if (input.SizeBytes is < 0)
        {
            errors.Add(new FieldError(nameof(input.SizeBytes), "Catalogue.Error.SizeBytes"));
        }

        return errors;
    }

    public static bool IsPosition(int? position) => position is >= 0 and <= MaxPosition;

    /// <summary>A topic's code, as it appears in addresses and in entries: 2-40 lower-case letters, digits and hyphens, not starting with a hyphen.</summary>
    public static bool IsTopicCode(string? code) => code is not null && TopicCodePattern().IsMatch(code);

    [GeneratedRegex("^[a-z0-9][a-z0-9-]{1,39}$")]
    private static partial Regex TopicCodePattern();

    public static bool IsWebLink(string text) =>
        text.Trim().Length <= MaxUrl && Uri.TryCreate(text.Trim(), UriKind.Absolute, out var uri) && (uri.Scheme == Uri.UriSchemeHttps || uri.Scheme == Uri.UriSchemeHttp);

    private static void Required(List<FieldError> errors, string field, string? value, int limit)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            errors.Add(new FieldError(field, "Catalogue.Error.Required"));
        }
        else if (value.Trim().Length > limit)
        {
            errors.Add(new FieldError(field, "Catalogue.Error.TooLong", limit));
        }
    }

    private static IEnumerable<(string Field, string? Value, int Limit)> Optional(DataSetInput i) =>
    [
        (nameof(i.FormatsVi), i.FormatsVi, MaxShortText), (nameof(i.FormatsEn), i.FormatsEn, MaxShortText),
        (nameof(i.LicenceVi), i.LicenceVi, MaxShortText), (nameof(i.LicenceEn), i.LicenceEn, MaxShortText),
        (nameof(i.SizeVi), i.SizeVi, MaxShortText), (nameof(i.SizeEn), i.SizeEn, MaxShortText),
        (nameof(i.AccessVi), i.AccessVi, MaxShortText), (nameof(i.AccessEn), i.AccessEn, MaxShortText),
        (nameof(i.NotesVi), i.NotesVi, MaxNotes), (nameof(i.NotesEn), i.NotesEn, MaxNotes),
    ];

    [GeneratedRegex("^[a-z0-9]+(-[a-z0-9]+)*$")]
    private static partial Regex SlugPattern();
}
