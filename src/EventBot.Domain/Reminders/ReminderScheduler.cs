using EventBot.Domain.Catalog;
using EventBot.Domain.Outreach;
using EventBot.Domain.SignUps;
using EventBot.Domain.Store;

namespace EventBot.Domain.Reminders;

/// <summary>What one round did, for the logs and the tests.</summary>
public sealed record ReminderRound(IReadOnlyList<OutgoingMessage> Queued, IReadOnlyList<Reminder> Dropped, int Pending);

/// <summary>
/// One round of the reminders: gives every confirmed sign-up its reminder, withdraws those of cancelled sign-ups,
/// and hands the due ones to the outbox. Every time is computed from the event data of the moment, so a live
/// update of an hour moves the reminders still pending. A reminder is marked queued after the outbox has it, and
/// its message id is stable: a crash in between queues it again, which the outbox ignores, so it goes once.
/// </summary>
/// <remarks>
/// The first round compares every sign-up with every reminder; the next ones, while sign-ups were only added, give a
/// reminder to the new ones and read only the pending reminders (<see cref="ISignUpService.ConfirmedSince"/>). Reading
/// everything every 30 s made the bot's memory follow the number of sign-ups under load; any other change of the
/// sign-ups makes the next round compare everything again.
/// </remarks>
public sealed class ReminderScheduler(
    IReminderStore store,
    ISignUpService signUps,
    IEventDataProvider eventData,
    IOutbox outbox,
    ReminderOptions options)
{
    /// <summary>Where the last round left the sign-ups (<see cref="ISignUpService.ConfirmedSince"/>); null before the first.</summary>
    private long? signUpsMark;

    /// <summary>One round at a time (the host runs them from one loop; this keeps the mark right if not).</summary>
    private readonly Lock rounds = new();

    public ReminderRound Run(DateTimeOffset now)
    {
        lock (rounds)
        {
            var changes = signUps.ConfirmedSince(signUpsMark);
            var round = Run(now, changes.Confirmed);
            signUpsMark = changes.Mark;
            return round;
        }
    }

    /// <summary>
    /// Gives the sign-ups confirmed since the last call or round their reminder, and does nothing else; returns how many
    /// were made. Run between rounds (four times a second by the host), so that a room signing up at once makes a few
    /// reminders at a time, not thousands in one round that holds a processor for seconds, and so that "mes rappels"
    /// shows a sign-up's reminder at once. After any other change of the sign-ups it leaves everything to the next round,
    /// which compares them all.
    /// </summary>
    public int AddNewSignUpReminders(DateTimeOffset now)
    {
        lock (rounds)
        {
            var changes = signUps.ConfirmedSince(signUpsMark);
            if (changes.Confirmed is not { Count: > 0 } newlyConfirmed)
            {
                return 0;
            }

            var added = NewSignUpReminders(newlyConfirmed, EventCatalog.Of(eventData.Current), [], now);
            signUpsMark = changes.Mark;
            return added;
        }
    }

    /// <param name="newlyConfirmed">The sign-ups confirmed since the last round, or null to compare them all.</param>
    private ReminderRound Run(DateTimeOffset now, IReadOnlyList<SignUp>? newlyConfirmed)
    {
        var catalog = EventCatalog.Of(eventData.Current);
        var dropped = new List<Reminder>();
        var reminders = newlyConfirmed is null
            ? SyncSignUpReminders(catalog, dropped, now)
            : AddSignUpReminders(newlyConfirmed, catalog, dropped, now);
        var savedDropped = dropped.Count;
        var stopped = store.StoppedUsers();
        var queued = new List<OutgoingMessage>();
        var cancelled = new List<string>();
        var pending = 0;
        foreach (var reminder in reminders.Where(r => r.Status == ReminderStatus.Pending))
        {
            var time = ReminderTime.Compute(catalog, reminder.Target, reminder.Lead ?? options.DefaultLeadTime, options, now);
            if (time is null)
            {
                // Removed from the data by a live update: nothing left to remind of.
                cancelled.Add(reminder.Id);
                continue;
            }

            if (TooLateToBeUseful(reminder, time, now))
            {
                dropped.Add(reminder);
                continue;
            }

            if (now < time.DueAt || stopped.Contains(reminder.UserKey))
            {
                pending++;
                continue;
            }

            // Late: its time went by while the bot was down (not: it was made after its time, by an organiser).
            var late = reminder.CreatedAt < time.DueAt && now - time.DueAt > options.LateAfter;
            var message = new OutgoingMessage(
                reminder.MessageId,
                reminder.UserKey,
                ReminderTexts.Message(time, now, late, reminder.Note),
                time.DueAt,
                time.ExpiresAt);
            outbox.Enqueue([message]);
            store.Close(reminder.Id, ReminderStatus.Queued, now);
            queued.Add(message);
        }

        // Together at the end: once an event is over, a round drops every reminder, each a write on its own before.
        // Nothing is sent for them, so a crash before this only means the next round decides the same again.
        store.CloseAll(cancelled, ReminderStatus.Cancelled, now);
        store.CloseAll([.. dropped.Skip(savedDropped).Select(reminder => reminder.Id)], ReminderStatus.Dropped, now);
        return new ReminderRound(queued, dropped, pending);
    }

    /// <summary>A sign-up made after its reminder's time (on the day itself) needs none; a session over needs none.</summary>
    private static bool TooLateToBeUseful(Reminder reminder, ReminderTime time, DateTimeOffset now) =>
        now >= time.ExpiresAt || (now >= time.DueAt && reminder.Origin == ReminderOrigin.SignUp && reminder.CreatedAt >= time.DueAt);

    /// <summary>
    /// Every confirmed sign-up has a pending reminder for its parcours (made again after a cancel and a new
    /// sign-up); one whose sign-up was cancelled or moved to another parcours is withdrawn. A new one already too late
    /// to be useful is saved dropped, and added to <paramref name="dropped"/>: one write for it rather than two.
    /// </summary>
    private List<Reminder> SyncSignUpReminders(EventCatalog catalog, List<Reminder> dropped, DateTimeOffset now)
    {
        var byId = store.All().ToDictionary(r => r.Id);
        var confirmed = new HashSet<string>(StringComparer.Ordinal);
        var added = new List<Reminder>();
        foreach (var signUp in signUps.Confirmed())
        {
            var id = Reminder.IdFor(signUp.UserKey, TargetOf(signUp));
            confirmed.Add(id);
            if (byId.GetValueOrDefault(id) is null or { GivesWayToNewSignUp: true })
            {
                added.Add(NewReminder(signUp, catalog, now));
            }
        }

        // Few writes for the round: a room signing up at once makes hundreds, each a durable write on its own.
        foreach (var saved in store.SaveAll(added))
        {
            byId[saved.Id] = saved;
        }

        dropped.AddRange(added.Where(reminder => reminder.Status == ReminderStatus.Dropped));

        foreach (var orphan in byId.Values.Where(r => r is { Origin: ReminderOrigin.SignUp, Status: ReminderStatus.Pending } && !confirmed.Contains(r.Id)).ToList())
        {
            store.Close(orphan.Id, ReminderStatus.Cancelled, now);
            byId[orphan.Id] = orphan with { Status = ReminderStatus.Cancelled, ClosedAt = now };
        }

        return [.. byId.Values];
    }

    /// <summary>
    /// <see cref="SyncSignUpReminders"/> when sign-ups were only added since the last round: the new ones get their
    /// reminder, and the pending reminders are read, not all of them.
    /// </summary>
    private List<Reminder> AddSignUpReminders(IReadOnlyList<SignUp> newlyConfirmed, EventCatalog catalog, List<Reminder> dropped, DateTimeOffset now)
    {
        NewSignUpReminders(newlyConfirmed, catalog, dropped, now);
        return [.. store.Pending()];
    }

    /// <summary>
    /// Saves the reminder of each sign-up of <paramref name="newlyConfirmed"/> that needs one (looked for in the same
    /// writes); returns how many. Those already too late to be useful are saved dropped, and added to <paramref name="dropped"/>.
    /// </summary>
    private int NewSignUpReminders(IReadOnlyList<SignUp> newlyConfirmed, EventCatalog catalog, List<Reminder> dropped, DateTimeOffset now)
    {
        var saved = store.AddForNewSignUps([.. newlyConfirmed.Select(signUp => NewReminder(signUp, catalog, now))]);
        dropped.AddRange(saved.Where(reminder => reminder.Status == ReminderStatus.Dropped));
        return saved.Count;
    }

    private static ReminderTarget TargetOf(SignUp signUp) => new(ReminderTargetKind.Parcours, signUp.ParcoursId);

    /// <summary>A sign-up's reminder, saved dropped (one write rather than two) when it is already too late to be useful.</summary>
    private Reminder NewReminder(SignUp signUp, EventCatalog catalog, DateTimeOffset now)
    {
        var target = TargetOf(signUp);

        // Dated from the place itself (a sign-up, or a promotion from the waiting list), not from this round.
        var since = signUp.PromotedAt ?? signUp.CreatedAt;
        var reminder = new Reminder(Reminder.IdFor(signUp.UserKey, target), signUp.UserKey, target, null, ReminderOrigin.SignUp, ReminderStatus.Pending, since);
        return ReminderTime.Compute(catalog, target, options.DefaultLeadTime, options, now) is { } time && TooLateToBeUseful(reminder, time, now)
            ? reminder with { Status = ReminderStatus.Dropped, ClosedAt = now }
            : reminder;
    }
}
