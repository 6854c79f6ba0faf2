using Newtonsoft.Json.Linq;

namespace EventBot.Dialogs.Replies;

/// <summary>
/// What the bot says in one message, independent of the channel: the plain text (always complete on
/// its own, so every card has a text equivalent), an optional Adaptive Card, and suggested follow-ups.
/// </summary>
public sealed record Reply(string Text, JObject? Card = null, IReadOnlyList<string>? Suggestions = null)
{
    public static implicit operator Reply(string text) => new(text);
}
