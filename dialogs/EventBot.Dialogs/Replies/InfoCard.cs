using Newtonsoft.Json.Linq;

namespace EventBot.Dialogs.Replies;

/// <summary>
/// Builds the one card layout EventBot uses: a title, a subtitle, a paragraph, facts, a list of items and buttons.
/// Adaptive Cards 1.5, so Teams and Web Chat both render it. A part left empty is left out, so optional parts
/// simply disappear. Texts are set as JSON values, never spliced into JSON text, so no value can change the card's
/// structure. The card is built as Newtonsoft tokens, as the Bot Framework serialises activities with Newtonsoft:
/// it goes into the attachment as it is.
/// </summary>
public sealed class InfoCard(string title)
{
    private const string Schema = "http://adaptivecards.io/schemas/adaptive-card.json";

    private string? _subtitle;
    private string? _body;
    private string? _note;
    private readonly JArray _facts = [];
    private readonly JArray _items = [];
    private readonly JArray _actions = [];

    public InfoCard Subtitle(string? text) { _subtitle = text; return this; }
    public InfoCard Body(string? text) { _body = text; return this; }
    public InfoCard Note(string? text) { _note = text; return this; }

    public InfoCard Fact(string label, string? value)
    {
        if (!string.IsNullOrWhiteSpace(value))
        {
            _facts.Add(new JObject { ["title"] = label, ["value"] = CardText.Safe(value) });
        }

        return this;
    }

    /// <summary>An entry of the list; tapping it asks <paramref name="query"/> when one is given.</summary>
    public InfoCard Item(string itemTitle, string? subtitle = null, string? body = null, string? query = null)
    {
        var item = new JObject
        {
            ["type"] = "Container",
            ["separator"] = true,
            ["spacing"] = "Small",
            ["items"] = Present(
                TextBlock(itemTitle, ("weight", "Bolder")),
                TextBlock(subtitle, ("isSubtle", true), ("spacing", "None")),
                TextBlock(body, ("spacing", "Small"))),
        };
        if (query is not null)
        {
            item["selectAction"] = CardActions.Ask(itemTitle, query);
        }

        _items.Add(item);
        return this;
    }

    /// <summary>A button that asks the bot <paramref name="query"/>, as if the user typed it.</summary>
    public InfoCard Ask(string buttonTitle, string query) { _actions.Add(CardActions.Ask(buttonTitle, query)); return this; }

    public InfoCard OpenUrl(string buttonTitle, string? url)
    {
        if (url is not null)
        {
            _actions.Add(CardActions.OpenUrl(buttonTitle, url));
        }

        return this;
    }

    public JObject Build(string fallbackText)
    {
        var card = new JObject
        {
            ["type"] = "AdaptiveCard",
            ["$schema"] = Schema,
            ["version"] = "1.5",
            ["lang"] = "fr",
        };
        if (!string.IsNullOrWhiteSpace(fallbackText))
        {
            card["fallbackText"] = fallbackText;
        }

        card["body"] = Present(
            TextBlock(title, ("size", "Large"), ("weight", "Bolder"), ("color", "Accent")),
            TextBlock(_subtitle, ("isSubtle", true), ("spacing", "None")),
            TextBlock(_body),
            _facts.Count == 0 ? null : new JObject { ["type"] = "FactSet", ["facts"] = _facts },
            _items.Count == 0 ? null : new JObject { ["type"] = "Container", ["spacing"] = "Medium", ["items"] = _items },
            TextBlock(_note, ("isSubtle", true), ("size", "Small")));
        if (_actions.Count > 0)
        {
            card["actions"] = _actions;
        }

        return card;
    }

    /// <summary>A wrapping TextBlock with its style, or null when there is no text to show.</summary>
    private static JObject? TextBlock(string? text, params (string Name, JToken Value)[] style)
    {
        var safe = text is null ? null : CardText.Safe(text);
        if (string.IsNullOrWhiteSpace(safe))
        {
            return null;
        }

        var block = new JObject { ["type"] = "TextBlock", ["text"] = safe };
        foreach (var (name, value) in style)
        {
            block[name] = value;
        }

        block["wrap"] = true;
        return block;
    }

    /// <summary>The elements that are there, in order.</summary>
    private static JArray Present(params JObject?[] elements) => new(elements.OfType<JObject>());
}
