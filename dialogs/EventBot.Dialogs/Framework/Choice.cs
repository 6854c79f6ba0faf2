namespace EventBot.Dialogs.Framework;

/// <summary>One answer a prompt offers: what is shown, what comes back, and other ways to say it.</summary>
public sealed record Choice(string Value, string Title, IReadOnlyList<string>? Synonyms = null);
