namespace EventBot.Domain.Reminders;

/// <summary>What a reminder is about: a parcours, a session of a parcours, or an event of the week.</summary>
public enum ReminderTargetKind
{
    Parcours,
    Session,
    Event,
}

/// <summary>The thing to remind of, by its id in the event data.</summary>
public sealed record ReminderTarget(ReminderTargetKind Kind, string Id);

/// <summary>Why the reminder exists.</summary>
public enum ReminderOrigin
{
    /// <summary>Made on its own for a confirmed sign-up; withdrawn when the sign-up goes.</summary>
    SignUp,
    /// <summary>The participant asked for it ("rappelle-moi la soirée de clôture").</summary>
    Asked,
    /// <summary>An organiser scheduled it through the API.</summary>
    Organiser,
}

public enum ReminderStatus
{
    /// <summary>Waiting for its time, computed from the current event data at every round.</summary>
    Pending,
    /// <summary>Handed to the outbox, which sends it once.</summary>
    Queued,
    /// <summary>Not sent: its session was over before it could go out.</summary>
    Dropped,
    /// <summary>Withdrawn: the sign-up it was for was cancelled, or the target left the data.</summary>
    Cancelled,
    /// <summary>Removed by the person ("supprime le rappel du parcours Emergence"): not made again for the same sign-up.</summary>
    Removed,
}

/// <summary>
/// One reminder for one person. <see cref="Lead"/> null means the configured default, so that changing
/// the setting moves every reminder that did not ask for its own lead time.
/// </summary>
public sealed record Reminder(
    string Id,
    string UserKey,
    ReminderTarget Target,
    TimeSpan? Lead,
    ReminderOrigin Origin,
    ReminderStatus Status,
    DateTimeOffset CreatedAt,
    DateTimeOffset? ClosedAt = null,
    string? Note = null)
{
    /// <summary>One reminder per person and target: asking again changes it instead of adding a second one.</summary>
    public static string IdFor(string userKey, ReminderTarget target) =>
        $"{userKey}|{target.Kind.ToString().ToLowerInvariant()}|{target.Id}";

    /// <summary>
    /// True for the reminder a cancelled sign-up left: a new sign-up to the same target gets a new one in its place. Any
    /// other reminder with the same id stays as it is (pending already, sent, or removed by the person).
    /// </summary>
    public bool GivesWayToNewSignUp => this is { Origin: ReminderOrigin.SignUp, Status: ReminderStatus.Cancelled };

    /// <summary>The outbox message id: stable, so a reminder queued twice (a restart in between) is sent once.</summary>
    public string MessageId => $"reminder:{Id}";
}
