using EventBot.Dialogs.Replies;
using Microsoft.Bot.Schema;
using Newtonsoft.Json.Linq;

namespace EventBot.Dialogs.Framework;

/// <summary>What the user said this turn: typed text, or the question carried by a card button, without <see cref="InvisibleCharacters"/>.</summary>
public static class TurnText
{
    public static string Of(IActivity activity)
    {
        if (activity is IMessageActivity message)
        {
            if (!string.IsNullOrWhiteSpace(message.Text))
            {
                return InvisibleCharacters.Remove(message.Text).Trim();
            }

            if (message.Value is JObject value && value[CardActions.QueryKey]?.Type == JTokenType.String)
            {
                return InvisibleCharacters.Remove(value[CardActions.QueryKey]!.ToString()).Trim();
            }
        }

        return "";
    }
}
