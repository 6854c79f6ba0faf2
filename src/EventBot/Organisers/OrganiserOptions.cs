namespace EventBot.Organisers;

/// <summary>The <c>EventBot:Organisers</c> section: who may use the organisers' API, page and chat commands.</summary>
public sealed class OrganiserOptions
{
    public const string Section = "EventBot:Organisers";

    /// <summary>
    /// Keys accepted as <c>Authorization: Bearer &lt;key&gt;</c> on <c>/api/organisers</c>. Secrets: set them in the
    /// environment (<c>EventBot__Organisers__Keys__0</c>) or user secrets, never in the repository. None: the API refuses everyone.
    /// </summary>
    public List<string> Keys { get; set; } = [];

    /// <summary>Channel user ids (<c>from.id</c>) of the organisers who may announce from the chat.</summary>
    public List<string> ChatUserIds { get; set; } = [];
}
