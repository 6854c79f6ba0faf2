namespace EventBot.Domain.Reminders;

/// <summary>
/// The reminders and who said "stop rappels", kept on disk. Every change is committed before it returns.
/// Storage failures come out as <see cref="SignUps.StorageUnavailableException"/>.
/// </summary>
public interface IReminderStore
{
    Reminder? Find(string id);

    /// <summary>
    /// Adds the reminder, or replaces one with the same id that is still pending or was withdrawn. A reminder
    /// already queued or dropped is kept as it is and returned: it is not sent a second time.
    /// </summary>
    Reminder Save(Reminder reminder);

    /// <summary><see cref="Save"/> for several reminders at once, in few writes; returns what each became, in order.</summary>
    IReadOnlyList<Reminder> SaveAll(IReadOnlyList<Reminder> reminders);

    /// <summary>
    /// Saves the reminders of new sign-ups: each one whose id has no reminder yet, or only one that
    /// <see cref="Reminder.GivesWayToNewSignUp"/>; any other is left as it is. What is there and the write are read and
    /// made together, in few writes. Returns the reminders saved.
    /// </summary>
    IReadOnlyList<Reminder> AddForNewSignUps(IReadOnlyList<Reminder> reminders);

    /// <summary>Every reminder, for the scheduler's round when it must compare them all with the sign-ups.</summary>
    IReadOnlyList<Reminder> All();

    /// <summary>The reminders still pending, for the scheduler's other rounds.</summary>
    IReadOnlyList<Reminder> Pending();

    IReadOnlyList<Reminder> ForUser(string userKey);

    /// <summary>Marks a pending reminder queued, dropped or cancelled; false when it was not pending any more.</summary>
    bool Close(string id, ReminderStatus status, DateTimeOffset at);

    /// <summary><see cref="Close"/> for several reminders at once, in few writes.</summary>
    void CloseAll(IReadOnlyList<string> ids, ReminderStatus status, DateTimeOffset at);

    /// <summary>True when the person said "stop rappels" and has not taken it back.</summary>
    bool IsStopped(string userKey);

    /// <summary>The people who said "stop rappels".</summary>
    IReadOnlySet<string> StoppedUsers();

    void SetStopped(string userKey, bool stopped, DateTimeOffset at);
}
