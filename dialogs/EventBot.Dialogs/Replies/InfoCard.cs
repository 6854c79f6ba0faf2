using Newtonsoft.Json.Linq;

namespace EventBot.Dialogs.Replies;

/// <summary>
/// Builds the one card layout EventBot uses (Cards/info.json): a title, a subtitle, a paragraph,
/// facts, a list of items and buttons. Adaptive Cards 1.5, so Teams and Web Chat both render it.
/// </summary>
public sealed class InfoCard(string title)
{
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
        _items.Add(CardTemplate.Fill("item", new Dictionary<string, JToken?>
        {
            ["title"] = CardText.Safe(itemTitle),
            ["subtitle"] = subtitle is null ? null : CardText.Safe(subtitle),
            ["body"] = body is null ? null : CardText.Safe(body),
            ["selectAction"] = query is null ? null : CardActions.Ask(itemTitle, query),
        }));
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

    public JObject Build(string fallbackText) => CardTemplate.Fill("info", new Dictionary<string, JToken?>
    {
        ["fallbackText"] = fallbackText,
        ["title"] = CardText.Safe(title),
        ["subtitle"] = _subtitle is null ? null : CardText.Safe(_subtitle),
        ["body"] = _body is null ? null : CardText.Safe(_body),
        ["note"] = _note is null ? null : CardText.Safe(_note),
        ["facts"] = _facts,
        ["items"] = _items,
        ["actions"] = _actions,
    });
}
