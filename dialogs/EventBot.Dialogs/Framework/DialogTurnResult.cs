namespace EventBot.Dialogs.Framework;

public enum DialogTurnStatus
{
    /// <summary>The stack is empty: nothing was under way.</summary>
    Empty,
    /// <summary>A dialog waits for the user's next message.</summary>
    Waiting,
    /// <summary>The dialog finished this turn.</summary>
    Complete,
    /// <summary>The dialogs were cancelled.</summary>
    Cancelled,
    /// <summary>The active dialog could not use the message; the caller may route it anew.</summary>
    NotUnderstood,
}

public sealed record DialogTurnResult(DialogTurnStatus Status, object? Result = null);
