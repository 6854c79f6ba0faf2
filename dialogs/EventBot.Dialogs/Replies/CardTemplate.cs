using System.Collections.Concurrent;
using System.Text.Json.Nodes;

namespace EventBot.Dialogs.Replies;

/// <summary>
/// Adaptive Card templates kept as JSON files in <c>Cards/</c> (embedded resources), filled in code.
/// A string value that is exactly <c>${name}</c> is replaced by the node given for <c>name</c>;
/// a placeholder given no value, or an empty string or array, removes the property or array element
/// that holds it, so optional parts of a card simply disappear. Values are set as JSON nodes, never
/// spliced into JSON text, so no value can change the card's structure.
/// </summary>
public static class CardTemplate
{
    private static readonly ConcurrentDictionary<string, string> Templates = new();

    public static JsonObject Fill(string templateName, IReadOnlyDictionary<string, JsonNode?> values)
    {
        var json = Templates.GetOrAdd(templateName, Load);
        var card = JsonNode.Parse(json)!.AsObject();
        return (JsonObject)Replace(card, values, isRoot: true)!;
    }

    private static string Load(string templateName)
    {
        var assembly = typeof(CardTemplate).Assembly;
        var resource = assembly.GetManifestResourceNames()
            .SingleOrDefault(n => n.EndsWith($".Cards.{templateName}.json", StringComparison.Ordinal))
            ?? throw new InvalidOperationException($"Card template '{templateName}' is not embedded.");
        using var stream = assembly.GetManifestResourceStream(resource)!;
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }

    /// <summary>Returns the node with placeholders filled, or null when it must be dropped.</summary>
    private static JsonNode? Replace(JsonNode? node, IReadOnlyDictionary<string, JsonNode?> values, bool isRoot = false)
    {
        switch (node)
        {
            case JsonObject obj:
                foreach (var (key, child) in obj.ToList())
                {
                    var filled = Replace(child, values);
                    if (filled is null && child is JsonValue)
                    {
                        // An element whose placeholder got no value disappears whole (a TextBlock
                        // without text, a FactSet without facts); the card itself only loses the property.
                        if (!isRoot)
                        {
                            return null;
                        }

                        obj.Remove(key);
                        continue;
                    }

                    obj.Remove(key);
                    obj[key] = filled;
                }

                return obj;
            case JsonArray array:
                var items = array.ToList();
                array.Clear();
                foreach (var item in items)
                {
                    var filled = Replace(item, values);
                    if (filled is not null)
                    {
                        array.Add(filled);
                    }
                }

                return array;
            case JsonValue value when TryPlaceholder(value, out var name):
                return values.TryGetValue(name, out var replacement) && !IsEmpty(replacement)
                    ? replacement!.DeepClone()
                    : null;
            default:
                return node;
        }
    }

    private static bool TryPlaceholder(JsonValue value, out string name)
    {
        name = "";
        if (!value.TryGetValue<string>(out var text) || !text.StartsWith("${", StringComparison.Ordinal) || !text.EndsWith('}'))
        {
            return false;
        }

        name = text[2..^1];
        return true;
    }

    private static bool IsEmpty(JsonNode? node) => node switch
    {
        null => true,
        JsonArray a => a.Count == 0,
        JsonValue v when v.TryGetValue<string>(out var s) => string.IsNullOrWhiteSpace(s),
        _ => false,
    };
}
