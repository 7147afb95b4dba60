using System.Globalization;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace DataForLife.Web.Domain.Editions;

/// <summary>Writes every instant in Viet Nam time with its offset (2023-09-15T00:00:00+07:00).</summary>
public sealed class VietnamTimeJsonConverter : JsonConverter<DateTimeOffset>
{
    public override DateTimeOffset Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
        VietnamTime.ToVietnam(reader.GetDateTimeOffset());

    public override void Write(Utf8JsonWriter writer, DateTimeOffset value, JsonSerializerOptions options) =>
        writer.WriteStringValue(VietnamTime.ToVietnam(value).ToString("yyyy-MM-dd'T'HH:mm:sszzz", CultureInfo.InvariantCulture));
}
