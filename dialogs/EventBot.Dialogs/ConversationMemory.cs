using Newtonsoft.Json;

namespace EventBot.Dialogs;

/// <summary>What the conversation remembers between turns (kept in ConversationState).</summary>
public sealed class ConversationMemory
{
    /// <summary>The last day whose programme was shown, so that "et après ?" means the day after it.</summary>
    public DateOnly? LastDay { get; set; }

    /// <summary>
    /// The last thing answered about (a parcours, a session, an event…), so that "qui intervient ?" or
    /// "c'est où ?" right after it is about it. Kept as the kind's name and the id.
    /// </summary>
    public string? LastTopicKind { get; set; }

    public string? LastTopicId { get; set; }

    /// <summary>The parcours the bot just advised and offered to sign up for, so that "oui" signs up.</summary>
    public string? OfferedParcoursId { get; set; }

    private static readonly string Empty = JsonConvert.SerializeObject(new ConversationMemory());

    /// <summary>Nothing remembered: as a new conversation's memory (compared whole, so that a field added later counts).</summary>
    public bool IsEmpty() => JsonConvert.SerializeObject(this) == Empty;
}
