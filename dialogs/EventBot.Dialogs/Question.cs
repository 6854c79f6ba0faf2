using EventBot.Language.Understanding;

namespace EventBot.Dialogs;

/// <summary>A user's message as the dialogs receive it: what was understood, and the user's local time.</summary>
public sealed record Question(Understanding Understanding, DateTimeOffset LocalNow)
{
    public Intent Intent => Understanding.Intent;
}
