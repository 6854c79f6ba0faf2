using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace EventBot.Host.Tests.Support;

/// <summary>Builds the activities a channel POSTs and reads the replies the bot returns.</summary>
public static class Activities
{
    public const string UserId = "user-1";
    public const string BotId = "bot-1";

    private static readonly JsonSerializerOptions Json = new() { DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull };

    public static object Message(string text, string conversationId, string? serviceUrl = null, string? deliveryMode = "expectReplies") =>
        Activity("message", conversationId, serviceUrl, deliveryMode, text: text);

    /// <summary>
    /// A message of one person, with expectReplies, sent on the eve of the Pop-Up (the sign-up tests' moment: every
    /// parcours still open).
    /// </summary>
    public static object MessageOnTheEve(string text, string conversationId, string userId = UserId, string? userName = null) => new
    {
        type = "message",
        id = Guid.NewGuid().ToString("N"),
        channelId = "test",
        serviceUrl = "http://127.0.0.1:9/",
        from = new { id = userId, name = userName },
        recipient = new { id = BotId },
        conversation = new { id = conversationId },
        deliveryMode = "expectReplies",
        localTimestamp = "2019-10-15T10:00:00+02:00",
        text,
    };

    public static object MembersAdded(string conversationId, params string[] memberIds) =>
        Activity("conversationUpdate", conversationId, serviceUrl: null, "expectReplies",
            membersAdded: memberIds.Select(id => new { id }).ToArray());

    public static JsonContent AsContent(object activity) => JsonContent.Create(activity, options: Json);

    /// <summary>The texts of the message activities in an expectReplies response.</summary>
    public static async Task<List<string>> ReplyTextsAsync(HttpResponseMessage response)
    {
        using var body = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        return body.RootElement.GetProperty("activities").EnumerateArray()
            .Where(activity => activity.GetProperty("type").GetString() == "message")
            .Select(activity => activity.GetProperty("text").GetString()!)
            .ToList();
    }

    private static object Activity(
        string type, string conversationId, string? serviceUrl, string? deliveryMode, string? text = null, object[]? membersAdded = null) => new
    {
        type,
        id = $"{type}-{Guid.NewGuid():N}",
        channelId = "test",
        serviceUrl = serviceUrl ?? "http://127.0.0.1:9/",
        deliveryMode,
        locale = "fr-FR",
        conversation = new { id = conversationId },
        from = new { id = UserId, name = "Camille" },
        recipient = new { id = BotId, name = "EventBot" },
        text,
        membersAdded,
    };
}
