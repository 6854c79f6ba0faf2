using System.Globalization;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace EventBot.Domain.Seeds;

/// <summary>Times are written "HH:mm" in the seeds: organisers never give seconds, and a stricter format catches typos.</summary>
internal sealed class HourMinuteConverter : JsonConverter<TimeOnly>
{
    private const string Format = "HH:mm";

    public override TimeOnly Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        var text = reader.TokenType == JsonTokenType.String ? reader.GetString() : null;
        return TimeOnly.TryParseExact(text, Format, CultureInfo.InvariantCulture, DateTimeStyles.None, out var time)
            ? time
            : throw new JsonException($"a time must be written \"{Format}\" (e.g. \"09:30\")");
    }

    public override void Write(Utf8JsonWriter writer, TimeOnly value, JsonSerializerOptions options) =>
        writer.WriteStringValue(value.ToString(Format, CultureInfo.InvariantCulture));
}
