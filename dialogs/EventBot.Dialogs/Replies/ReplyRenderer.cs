using Microsoft.Bot.Builder;
using Microsoft.Bot.Schema;

namespace EventBot.Dialogs.Replies;

/// <summary>Turns a <see cref="Reply"/> into a Bot Framework activity.</summary>
public static class ReplyRenderer
{
    public const string AdaptiveCardContentType = "application/vnd.microsoft.card.adaptive";

    /// <summary>EventBot always answers in French.</summary>
    public const string Locale = "fr-FR";

    public static IMessageActivity ToActivity(Reply reply)
    {
        var activity = MessageFactory.Text(reply.Text, inputHint: InputHints.AcceptingInput);
        activity.TextFormat = TextFormatTypes.Plain;
        activity.Locale = Locale;
        if (reply.Card is not null)
        {
            activity.Attachments =
            [
                new Attachment
                {
                    ContentType = AdaptiveCardContentType,
                    Content = reply.Card,
                },
            ];
        }

        if (reply.Suggestions is { Count: > 0 } suggestions)
        {
            activity.SuggestedActions = new SuggestedActions
            {
                Actions = suggestions
                    .Select(s => new CardAction { Type = ActionTypes.ImBack, Title = s, Value = s })
                    .ToList(),
            };
        }

        return activity;
    }

    public static Task SendAsync(this ITurnContext turnContext, Reply reply, CancellationToken cancellationToken) =>
        turnContext.SendActivityAsync(ToActivity(reply), cancellationToken);
}
