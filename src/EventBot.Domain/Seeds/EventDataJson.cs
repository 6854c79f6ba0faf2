using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.Json.Serialization.Metadata;
using EventBot.Domain.Model;

namespace EventBot.Domain.Seeds;

/// <summary>The strict JSON shape of the seed file, shared by the loader and anyone who writes the file back.</summary>
public static class EventDataJson
{
    /// <summary>The editor hint at the top of the file; accepted and ignored.</summary>
    public const string SchemaProperty = "$schema";

    public static JsonSerializerOptions Options { get; } = CreateOptions();

    private static JsonSerializerOptions CreateOptions()
    {
        var options = new JsonSerializerOptions
        {
            PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
            UnmappedMemberHandling = JsonUnmappedMemberHandling.Disallow,
            RespectNullableAnnotations = true,
            AllowDuplicateProperties = false,
            DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
            WriteIndented = true,
            Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
            TypeInfoResolver = new DefaultJsonTypeInfoResolver { Modifiers = { AcceptSchemaProperty } },
        };
        options.Converters.Add(new HourMinuteConverter());
        options.MakeReadOnly();
        return options;
    }

    // Unknown members are errors, except "$schema" on the root object: an ignored write-only property keeps it legal.
    private static void AcceptSchemaProperty(JsonTypeInfo typeInfo)
    {
        if (typeInfo.Type != typeof(EventData))
        {
            return;
        }

        var schema = typeInfo.CreateJsonPropertyInfo(typeof(string), SchemaProperty);
        schema.Set = static (_, _) => { };
        typeInfo.Properties.Add(schema);
    }
}
