namespace EventBot.Language;

/// <summary>Turns one participant message into what EventBot understood of it.</summary>
public interface IUnderstander
{
    /// <param name="text">The message as typed.</param>
    /// <param name="localNow">The participant's local time: "demain" and "ce soir" are relative to it.</param>
    Understanding.Understanding Understand(string text, DateTimeOffset localNow);
}
