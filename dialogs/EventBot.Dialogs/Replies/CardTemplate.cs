using System.Collections.Concurrent;
using Newtonsoft.Json.Linq;

namespace EventBot.Dialogs.Replies;

/// <summary>
/// Adaptive Card templates kept as JSON files in <c>Cards/</c> (embedded resources), filled in code.
/// A string value that is exactly <c>${name}</c> is replaced by the token given for <c>name</c>;
/// a placeholder given no value, or an empty string or array, removes the property or array element
/// that holds it, so optional parts of a card simply disappear. Values are set as JSON tokens, never
/// spliced into JSON text, so no value can change the card's structure.
/// </summary>
/// <remarks>
/// Cards are Newtonsoft tokens because the Bot Framework serialises activities with Newtonsoft: a card goes into
/// the attachment as it is. Each template is read once; a fill works on a copy.
/// </remarks>
public static class CardTemplate
{
    private static readonly ConcurrentDictionary<string, JObject> Templates = new();

    public static JObject Fill(string templateName, IReadOnlyDictionary<string, JToken?> values)
    {
        var card = (JObject)Templates.GetOrAdd(templateName, Load).DeepClone();
        foreach (var property in card.Properties().ToList())
        {
            // The card itself only loses the property whose placeholder got no value.
            var filled = Replace(property.Value, values);
            if (filled is null)
            {
                property.Remove();
            }
            else if (!ReferenceEquals(filled, property.Value))
            {
                property.Value = filled;
            }
        }

        return card;
    }

    private static JObject Load(string templateName)
    {
        var assembly = typeof(CardTemplate).Assembly;
        var resource = assembly.GetManifestResourceNames()
            .SingleOrDefault(n => n.EndsWith($".Cards.{templateName}.json", StringComparison.Ordinal))
            ?? throw new InvalidOperationException($"Card template '{templateName}' is not embedded.");
        using var stream = assembly.GetManifestResourceStream(resource)!;
        using var reader = new StreamReader(stream);
        return JObject.Parse(reader.ReadToEnd());
    }

    /// <summary>Returns the token with placeholders filled, or null when it must be dropped.</summary>
    /// <remarks>A token is set only where a placeholder was: Newtonsoft copies a container set again in its own place.</remarks>
    private static JToken? Replace(JToken token, IReadOnlyDictionary<string, JToken?> values)
    {
        switch (token)
        {
            case JObject obj:
                foreach (var property in obj.Properties().ToList())
                {
                    // An element whose placeholder got no value disappears whole (a TextBlock
                    // without text, a FactSet without facts).
                    var filled = Replace(property.Value, values);
                    if (filled is null)
                    {
                        return null;
                    }

                    if (!ReferenceEquals(filled, property.Value))
                    {
                        property.Value = filled;
                    }
                }

                return obj;
            case JArray array:
                for (var i = array.Count - 1; i >= 0; i--)
                {
                    var filled = Replace(array[i], values);
                    if (filled is null)
                    {
                        array.RemoveAt(i);
                    }
                    else if (!ReferenceEquals(filled, array[i]))
                    {
                        array[i] = filled;
                    }
                }

                return array;
            case JValue { Type: JTokenType.String, Value: string text } when text.StartsWith("${", StringComparison.Ordinal) && text.EndsWith('}'):
                return values.TryGetValue(text[2..^1], out var replacement) && !IsEmpty(replacement) ? replacement : null;
            default:
                return token;
        }
    }

    private static bool IsEmpty(JToken? token) => token switch
    {
        null => true,
        JArray a => a.Count == 0,
        JValue { Value: null } => true,
        JValue { Value: string s } => string.IsNullOrWhiteSpace(s),
        _ => false,
    };
}
