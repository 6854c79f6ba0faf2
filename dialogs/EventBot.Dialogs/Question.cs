using EventBot.Language.Understanding;

namespace EventBot.Dialogs;

/// <summary>
/// A user's message as the dialogs receive it: what was understood, the user's local time, and what
/// the conversation remembers from earlier turns.
/// </summary>
public sealed record Question(Understanding Understanding, DateTimeOffset LocalNow, ConversationMemory Memory)
{
    public Intent Intent => Understanding.Intent;
}
