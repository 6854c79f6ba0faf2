namespace EventBot.Dialogs;

/// <summary>What the conversation remembers between turns (kept in ConversationState).</summary>
public sealed class ConversationMemory
{
    /// <summary>The last day whose programme was shown, so that "et après ?" means the day after it.</summary>
    public DateOnly? LastDay { get; set; }
}
