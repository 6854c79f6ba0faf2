namespace EventBot.Language.Reminders;

/// <summary>What a message asks of the reminders.</summary>
public enum ReminderAction
{
    None,
    /// <summary>"Rappelle-moi la soirée de clôture", "rappelle-moi 30 minutes avant mon parcours".</summary>
    Set,
    /// <summary>"Stop rappels".</summary>
    Stop,
    /// <summary>"Reprendre les rappels".</summary>
    Resume,
    /// <summary>"Mes rappels".</summary>
    List,
    /// <summary>"Supprime le rappel du parcours Emergence": one reminder, not all of them.</summary>
    Remove,
}

/// <summary>
/// A reminder request: the action, the lead time when one was said ("30 minutes avant"), and whether the
/// person means their own parcours ("mon parcours") rather than something the message names.
/// </summary>
public sealed record ReminderRequest(ReminderAction Action, TimeSpan? Lead = null, bool MyParcours = false)
{
    public static readonly ReminderRequest None = new(ReminderAction.None);
}
