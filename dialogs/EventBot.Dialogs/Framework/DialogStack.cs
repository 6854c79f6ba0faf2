namespace EventBot.Dialogs.Framework;

/// <summary>The dialogs under way in a conversation, innermost last. Stored in ConversationState.</summary>
public sealed class DialogStack
{
    public List<DialogInstance> Instances { get; set; } = [];
}

/// <summary>A dialog on the stack and what it remembers.</summary>
public sealed class DialogInstance
{
    public string DialogId { get; set; } = "";
    public Dictionary<string, object?> State { get; set; } = [];
}
