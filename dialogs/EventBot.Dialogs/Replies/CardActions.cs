using Newtonsoft.Json.Linq;

namespace EventBot.Dialogs.Replies;

/// <summary>Adaptive Card actions that work in both Web Chat and Teams.</summary>
public static class CardActions
{
    /// <summary>The key of a submitted card's data that carries the question to ask.</summary>
    public const string QueryKey = "query";

    /// <summary>
    /// A button that asks a question. Teams requires the submit data to be an object; its
    /// <c>msteams.imBack</c> makes Teams post the question as the user's text, and other channels
    /// send the data as the activity's value, which the bot reads as the question.
    /// </summary>
    public static JObject Ask(string title, string query) => new()
    {
        ["type"] = "Action.Submit",
        ["title"] = title,
        ["data"] = new JObject
        {
            [QueryKey] = query,
            ["msteams"] = new JObject { ["type"] = "imBack", ["value"] = query },
        },
    };

    public static JObject OpenUrl(string title, string url) => new()
    {
        ["type"] = "Action.OpenUrl",
        ["title"] = title,
        ["url"] = url,
    };
}
