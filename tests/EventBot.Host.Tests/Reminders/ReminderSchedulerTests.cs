using EventBot.Domain.Reminders;
using EventBot.Host.Tests.Storage;

namespace EventBot.Host.Tests.Reminders;

/// <summary>The scheduler's rounds with a clock the test moves: automatic reminders, stop, hours, late, dropped, restarts.</summary>
public sealed class ReminderSchedulerTests : IDisposable
{
    private readonly ReminderTestBed _bed = new();

    public void Dispose() => _bed.Dispose();

    [Fact]
    public void A_confirmed_sign_up_is_reminded_the_evening_before_when_the_data_gives_no_hour()
    {
        var user = _bed.SignUp(1);
        _bed.At(15, 17, 59);
        Assert.Empty(_bed.Run().Queued);

        _bed.At(15, 18, 0);
        var message = Assert.Single(_bed.Run().Queued);

        Assert.Equal(user, message.RecipientKey);
        Assert.Equal($"reminder:{user}|parcours|emergence", message.Id);
        Assert.Equal("Rappel : le parcours Emergence du Pop-Up dév éco a lieu demain (lieu : Plaine Images). " + ReminderTexts.NoHour, message.Text);
        Assert.Equal(new DateTimeOffset(2019, 10, 15, 18, 0, 0, TimeSpan.FromHours(2)), message.DueAt);
        Assert.Equal(new DateTimeOffset(2019, 10, 17, 0, 0, 0, TimeSpan.FromHours(2)), message.ExpiresAt);
        Assert.Equal(1, _bed.OutboxCount);
        Assert.Equal(ReminderStatus.Queued, _bed.Store.Find($"{user}|parcours|emergence")!.Status);
    }

    [Fact]
    public void A_round_saves_the_reminders_of_all_new_sign_ups_in_one_write()
    {
        for (var person = 1; person <= 20; person++)
        {
            _bed.SignUp(person);
        }

        var counting = new CountingReminderStore(_bed.Store);
        new ReminderScheduler(counting, _bed.SignUps.Service, _bed.Data, _bed.Outbox, _bed.Options).Run(_bed.Clock.Now);

        Assert.Equal((0, 1), (counting.Saves, counting.Batches));
        Assert.Equal(20, _bed.Store.All().Count(reminder => reminder.Status == ReminderStatus.Pending));

        new ReminderScheduler(counting, _bed.SignUps.Service, _bed.Data, _bed.Outbox, _bed.Options).Run(_bed.Clock.Now);
        Assert.Equal((0, 1), (counting.Saves, counting.Batches));
    }

    [Fact]
    public void While_sign_ups_are_only_added_a_round_reads_the_pending_reminders_only_and_any_other_change_compares_everything()
    {
        var counting = new CountingReminderStore(_bed.Store);
        var scheduler = new ReminderScheduler(counting, _bed.SignUps.Service, _bed.Data, _bed.Outbox, _bed.Options);
        for (var person = 1; person <= 5; person++)
        {
            _bed.SignUp(person);
        }

        scheduler.Run(_bed.Clock.Now);
        Assert.Equal(1, counting.FullReads);

        for (var person = 6; person <= 8; person++)
        {
            _bed.SignUp(person);
        }

        scheduler.Run(_bed.Clock.Now);
        scheduler.Run(_bed.Clock.Now);
        Assert.Equal(1, counting.FullReads);
        Assert.Equal(8, _bed.Store.Pending().Count(reminder => reminder.Origin == ReminderOrigin.SignUp));

        var cancelled = SignUpTestBed.UserKey(2);
        _bed.SignUps.Service.Cancel(_bed.SignUps.Service.Find(cancelled, null)!.Id);
        scheduler.Run(_bed.Clock.Now);
        Assert.Equal(2, counting.FullReads);
        Assert.Equal(ReminderStatus.Cancelled, _bed.Store.Find($"{cancelled}|parcours|emergence")!.Status);

        // The same reminders for every sign-up as a first round would make: one each, pending, for the seven left.
        Assert.Equal(
            Enumerable.Range(1, 8).Where(person => person != 2).Select(SignUpTestBed.UserKey).Order(),
            _bed.Store.Pending().Select(reminder => reminder.UserKey).Order());
    }

    [Fact]
    public void Between_rounds_new_sign_ups_get_their_reminder_and_nothing_is_queued_or_read_in_full()
    {
        var counting = new CountingReminderStore(_bed.Store);
        var scheduler = new ReminderScheduler(counting, _bed.SignUps.Service, _bed.Data, _bed.Outbox, _bed.Options);

        // Before the first round nothing is known of the sign-ups: the round compares them all.
        var first = _bed.SignUp(1);
        Assert.Equal(0, scheduler.AddNewSignUpReminders(_bed.Clock.Now));
        Assert.Null(_bed.Store.Find($"{first}|parcours|emergence"));
        scheduler.Run(_bed.Clock.Now);

        var second = _bed.SignUp(2);
        var third = _bed.SignUp(3);
        Assert.Equal(2, scheduler.AddNewSignUpReminders(_bed.Clock.Now));
        Assert.Equal(0, scheduler.AddNewSignUpReminders(_bed.Clock.Now));
        Assert.All([second, third], user => Assert.Equal(ReminderStatus.Pending, _bed.Store.Find($"{user}|parcours|emergence")!.Status));
        Assert.Equal((1, 0), (counting.FullReads, _bed.OutboxCount));

        // Any other change is left to the next round, which compares everything.
        _bed.SignUps.Service.Cancel(_bed.SignUps.Service.Find(second, null)!.Id);
        _bed.SignUp(4);
        Assert.Equal(0, scheduler.AddNewSignUpReminders(_bed.Clock.Now));
        scheduler.Run(_bed.Clock.Now);
        Assert.Equal(2, counting.FullReads);
        Assert.Equal(ReminderStatus.Cancelled, _bed.Store.Find($"{second}|parcours|emergence")!.Status);
        Assert.Equal(ReminderStatus.Pending, _bed.Store.Find($"{SignUpTestBed.UserKey(4)}|parcours|emergence")!.Status);
    }

    [Fact]
    public void A_sign_up_reminder_the_person_removed_is_not_made_again()
    {
        var user = _bed.SignUp(1);
        var target = new ReminderTarget(ReminderTargetKind.Parcours, ReminderTestBed.Emergence);
        _bed.Store.Save(new Reminder(Reminder.IdFor(user, target), user, target, null, ReminderOrigin.SignUp, ReminderStatus.Removed, _bed.Clock.Now));

        _bed.Run();
        _bed.At(15, 18, 0);
        var round = _bed.Run();

        Assert.Empty(round.Queued);
        Assert.Equal(ReminderStatus.Removed, _bed.Store.Find(Reminder.IdFor(user, target))!.Status);
    }

    [Fact]
    public void Once_the_event_is_over_a_round_drops_every_reminder_in_one_write()
    {
        for (var person = 1; person <= 20; person++)
        {
            _bed.SignUp(person);
        }

        _bed.Run();
        _bed.At(20, 9);
        var counting = new CountingReminderStore(_bed.Store);
        var round = new ReminderScheduler(counting, _bed.SignUps.Service, _bed.Data, _bed.Outbox, _bed.Options).Run(_bed.Clock.Now);

        Assert.Equal(20, round.Dropped.Count);
        Assert.Equal((0, 1), (counting.Closes, counting.Batches));
        Assert.All(_bed.Store.All(), reminder => Assert.Equal(ReminderStatus.Dropped, reminder.Status));
        Assert.Empty(_bed.Run().Dropped);
    }

    [Fact]
    public void Sign_ups_made_once_the_event_is_over_get_their_reminder_saved_dropped_in_one_write()
    {
        _bed.At(20, 9);
        for (var person = 1; person <= 20; person++)
        {
            _bed.SignUp(person);
        }

        var counting = new CountingReminderStore(_bed.Store);
        var round = new ReminderScheduler(counting, _bed.SignUps.Service, _bed.Data, _bed.Outbox, _bed.Options).Run(_bed.Clock.Now);

        Assert.Equal(20, round.Dropped.Count);
        Assert.Equal((0, 0, 1), (counting.Saves, counting.Closes, counting.Batches));
        Assert.All(_bed.Store.All(), reminder => Assert.Equal((ReminderStatus.Dropped, _bed.Clock.Now), (reminder.Status, reminder.ClosedAt)));
        Assert.Empty(_bed.Run().Dropped);
    }

    [Fact]
    public void Saving_several_reminders_keeps_one_already_queued_as_it_is()
    {
        var user = _bed.SignUp(1);
        _bed.At(15, 18, 0);
        _bed.Run();
        var queued = _bed.Store.Find($"{user}|parcours|emergence")!;
        var other = queued with { Id = "autre", UserKey = "test:autre", Status = ReminderStatus.Pending };

        var saved = _bed.Store.SaveAll([queued with { Status = ReminderStatus.Pending }, other]);

        Assert.Equal([ReminderStatus.Queued, ReminderStatus.Pending], saved.Select(reminder => reminder.Status));
        Assert.Equal(ReminderStatus.Pending, _bed.Store.Find("autre")!.Status);
    }

    [Fact]
    public void Reminders_of_new_sign_ups_replace_only_a_cancelled_sign_up_reminder()
    {
        Reminder Of(string name, ReminderStatus status, ReminderOrigin origin = ReminderOrigin.SignUp) =>
            new(name, $"test:{name}", new ReminderTarget(ReminderTargetKind.Parcours, ReminderTestBed.Emergence), null, origin, status, _bed.Clock.Now);
        _bed.Store.SaveAll([Of("pending", ReminderStatus.Pending), Of("removed", ReminderStatus.Removed), Of("cancelled", ReminderStatus.Cancelled), Of("asked", ReminderStatus.Cancelled, ReminderOrigin.Asked)]);
        _bed.Store.Close("pending", ReminderStatus.Queued, _bed.Clock.Now);
        var fresh = new[] { "pending", "removed", "cancelled", "asked", "new" }.Select(name => Of(name, ReminderStatus.Pending) with { Note = "nouveau" }).ToList();

        var saved = _bed.Store.AddForNewSignUps(fresh);

        Assert.Equal(["cancelled", "new"], saved.Select(reminder => reminder.Id));
        Assert.Equal(
            [(ReminderStatus.Queued, null), (ReminderStatus.Removed, null), (ReminderStatus.Pending, "nouveau"), (ReminderStatus.Cancelled, null), (ReminderStatus.Pending, "nouveau")],
            fresh.Select(reminder => _bed.Store.Find(reminder.Id)!).Select(stored => (stored.Status, stored.Note)));
    }

    [Fact]
    public void Saving_more_reminders_than_one_write_takes_keeps_them_all_in_order()
    {
        var model = new Reminder("r", "test:r", new ReminderTarget(ReminderTargetKind.Parcours, ReminderTestBed.Emergence), null, ReminderOrigin.SignUp, ReminderStatus.Pending, _bed.Clock.Now);
        var many = Enumerable.Range(1, 250).Select(n => model with { Id = $"r{n}", UserKey = $"test:r{n}" }).ToList();

        var saved = _bed.Store.SaveAll(many);

        Assert.Equal(many.Select(reminder => reminder.Id), saved.Select(reminder => reminder.Id));
        Assert.Equal(250, _bed.Store.All().Count);
    }

    /// <summary>The real store, counting the writes a round asks of it.</summary>
    private sealed class CountingReminderStore(IReminderStore store) : IReminderStore
    {
        public int Saves { get; private set; }

        public int Batches { get; private set; }

        public int Closes { get; private set; }

        public Reminder? Find(string id) => store.Find(id);

        public Reminder Save(Reminder reminder)
        {
            Saves++;
            return store.Save(reminder);
        }

        public IReadOnlyList<Reminder> SaveAll(IReadOnlyList<Reminder> reminders)
        {
            Batches += reminders.Count > 0 ? 1 : 0;
            return store.SaveAll(reminders);
        }

        public IReadOnlyList<Reminder> AddForNewSignUps(IReadOnlyList<Reminder> reminders)
        {
            Batches += reminders.Count > 0 ? 1 : 0;
            return store.AddForNewSignUps(reminders);
        }

        public int FullReads { get; private set; }

        public IReadOnlyList<Reminder> All()
        {
            FullReads++;
            return store.All();
        }

        public IReadOnlyList<Reminder> Pending() => store.Pending();

        public IReadOnlyList<Reminder> ForUser(string userKey) => store.ForUser(userKey);

        public bool Close(string id, ReminderStatus status, DateTimeOffset at)
        {
            Closes++;
            return store.Close(id, status, at);
        }

        public void CloseAll(IReadOnlyList<string> ids, ReminderStatus status, DateTimeOffset at)
        {
            Batches += ids.Count > 0 ? 1 : 0;
            store.CloseAll(ids, status, at);
        }

        public bool IsStopped(string userKey) => store.IsStopped(userKey);

        public IReadOnlySet<string> StoppedUsers() => store.StoppedUsers();

        public void SetStopped(string userKey, bool stopped, DateTimeOffset at) => store.SetStopped(userKey, stopped, at);
    }

    [Fact]
    public void Stop_rappels_holds_every_reminder_back_and_taking_it_back_releases_them()
    {
        var stopped = _bed.SignUp(1);
        var other = _bed.SignUp(2);
        _bed.Store.SetStopped(stopped, true, _bed.Clock.Now);
        _bed.At(15, 18, 0);

        Assert.Equal([other], _bed.Run().Queued.Select(m => m.RecipientKey));

        _bed.Store.SetStopped(stopped, false, _bed.Clock.Now);
        _bed.At(15, 18, 1);
        Assert.Equal([stopped], _bed.Run().Queued.Select(m => m.RecipientKey));
        Assert.Equal(2, _bed.OutboxCount);
    }

    [Fact]
    public void A_cancelled_sign_up_loses_its_reminder_and_a_new_sign_up_gets_one_again()
    {
        var user = _bed.SignUp(1);
        _bed.Run();
        var id = $"{user}|parcours|emergence";
        Assert.Equal(ReminderStatus.Pending, _bed.Store.Find(id)!.Status);

        _bed.SignUps.Service.Cancel(_bed.SignUps.Service.Find(user, null)!.Id);
        _bed.Run();
        Assert.Equal(ReminderStatus.Cancelled, _bed.Store.Find(id)!.Status);

        _bed.At(15, 12, 0);
        _bed.SignUp(1);
        _bed.Run();
        Assert.Equal(ReminderStatus.Pending, _bed.Store.Find(id)!.Status);
        _bed.At(15, 18, 0);
        Assert.Single(_bed.Run().Queued);
    }

    [Fact]
    public void A_live_update_giving_an_hour_moves_a_pending_reminder()
    {
        const string user = "test:someone";
        var target = new ReminderTarget(ReminderTargetKind.Session, ReminderTestBed.InnovationsSociales);
        _bed.Store.Save(new Reminder(Reminder.IdFor(user, target), user, target, TimeSpan.FromMinutes(30), ReminderOrigin.Asked, ReminderStatus.Pending, _bed.Clock.Now));

        _bed.GiveHour(ReminderTestBed.InnovationsSociales, "14:00", "15:30");
        _bed.At(15, 18, 0);
        Assert.Empty(_bed.Run().Queued);

        _bed.At(16, 13, 29);
        Assert.Empty(_bed.Run().Queued);

        _bed.At(16, 13, 30);
        var message = Assert.Single(_bed.Run().Queued);
        Assert.StartsWith("Rappel : l'atelier « des innovations sociales", message.Text);
        Assert.EndsWith("» (parcours Innovation et économie) commence aujourd'hui à 14h (lieu : Plaine Images).", message.Text);
        Assert.Equal(new DateTimeOffset(2019, 10, 16, 15, 30, 0, TimeSpan.FromHours(2)), message.ExpiresAt);

        // A second update moving the hour again changes nothing once the reminder has gone.
        _bed.GiveHour(ReminderTestBed.InnovationsSociales, "16:00");
        _bed.At(16, 15, 30);
        Assert.Empty(_bed.Run().Queued);
        Assert.Equal(1, _bed.OutboxCount);
    }

    [Fact]
    public void After_a_downtime_a_reminder_still_useful_goes_late_with_an_apology()
    {
        _bed.GiveHour(ReminderTestBed.InnovationsSociales, "14:00", "15:30");
        var user = Ask(TimeSpan.FromMinutes(60));

        // Down from 12:30 to 13:45: the reminder was due at 13:00, the atelier is at 14:00.
        _bed.At(16, 13, 45);
        var message = Assert.Single(_bed.Run().Queued);

        Assert.Equal(user, message.RecipientKey);
        Assert.StartsWith(ReminderTexts.LatePrefix + "rappel : l'atelier", message.Text);
        Assert.Contains("commence aujourd'hui à 14h", message.Text);
    }

    [Fact]
    public void A_persons_reminders_are_theirs_only_even_when_another_user_key_begins_alike_or_holds_wildcards()
    {
        var target = new ReminderTarget(ReminderTargetKind.Parcours, ReminderTestBed.Emergence);
        Reminder For(string userKey) => new(Reminder.IdFor(userKey, target), userKey, target, null, ReminderOrigin.Asked, ReminderStatus.Pending, _bed.Clock.Now);
        _bed.Store.SaveAll([For("test:an_a"), For("test:anxa"), For("test:an_a|b"), For("test:an")]);

        Assert.Equal(["test:an_a"], _bed.Store.ForUser("test:an_a").Select(reminder => reminder.UserKey));
        Assert.Equal(["test:an"], _bed.Store.ForUser("test:an").Select(reminder => reminder.UserKey));

        _bed.SignUps.Service.DeletePersonalData("test:an_a", null);
        Assert.Equal(["test:an", "test:an_a|b", "test:anxa"], _bed.Store.All().Select(reminder => reminder.UserKey).Order());
    }

    [Fact]
    public void After_a_downtime_a_reminder_whose_session_is_over_is_dropped()
    {
        _bed.GiveHour(ReminderTestBed.InnovationsSociales, "14:00", "15:30");
        var user = Ask(TimeSpan.FromMinutes(60));

        _bed.At(16, 15, 30);
        var round = _bed.Run();

        Assert.Empty(round.Queued);
        Assert.Equal(user, Assert.Single(round.Dropped).UserKey);
        Assert.Equal(0, _bed.OutboxCount);
        Assert.Equal(ReminderStatus.Dropped, _bed.Store.ForUser(user).Single().Status);
    }

    [Fact]
    public void Without_an_hour_a_reminder_missed_the_evening_before_still_goes_on_the_day_then_is_dropped_the_day_after()
    {
        _bed.SignUp(1);
        _bed.SignUp(2, "attractivite");
        _bed.Run();

        _bed.At(16, 8, 0);
        var late = _bed.Run().Queued;
        Assert.Equal(2, late.Count);
        Assert.All(late, m => Assert.StartsWith(ReminderTexts.LatePrefix, m.Text));
        Assert.All(late, m => Assert.Contains("a lieu aujourd'hui", m.Text));

        using var other = new ReminderTestBed();
        other.SignUp(3);
        other.Run();
        other.At(17, 0, 0);
        var round = other.Run();
        Assert.Empty(round.Queued);
        Assert.Single(round.Dropped);
    }

    [Fact]
    public void A_sign_up_made_on_the_day_gets_no_reminder()
    {
        _bed.At(16, 9, 0);
        _bed.SignUp(1);

        var round = _bed.Run();

        Assert.Empty(round.Queued);
        Assert.Single(round.Dropped);
    }

    [Fact]
    public void A_reminder_goes_once_across_restarts()
    {
        _bed.SignUp(1);
        _bed.Run();
        _bed.Reopen();
        _bed.At(15, 18, 0);
        Assert.Single(_bed.Run().Queued);

        _bed.Reopen();
        _bed.At(15, 18, 1);
        Assert.Empty(_bed.Run().Queued);
        _bed.Reopen();
        Assert.Empty(_bed.Run().Queued);
        Assert.Equal(1, _bed.OutboxCount);
    }

    [Fact]
    public void A_reminder_queued_but_not_marked_before_a_crash_is_queued_again_under_the_same_id()
    {
        _bed.SignUp(1);
        _bed.Run();
        _bed.At(15, 18, 0);
        var first = Assert.Single(_bed.Run().Queued);

        // The crash: the outbox has the message, the reminder was never marked queued.
        var reminders = _bed.SignUps.Database.Database.GetCollection("reminders");
        var document = reminders.FindAll().Single();
        document["status"] = nameof(ReminderStatus.Pending);
        reminders.Update(document);
        _bed.Reopen();

        var again = Assert.Single(_bed.Run().Queued);
        Assert.Equal(first.Id, again.Id);
        Assert.Equal(1, _bed.OutboxCount);
    }

    [Fact]
    public void A_target_removed_from_the_data_cancels_its_reminder()
    {
        const string user = "test:someone";
        var target = new ReminderTarget(ReminderTargetKind.Session, "atelier-that-was-removed");
        _bed.Store.Save(new Reminder(Reminder.IdFor(user, target), user, target, null, ReminderOrigin.Asked, ReminderStatus.Pending, _bed.Clock.Now));

        _bed.Run();

        Assert.Equal(ReminderStatus.Cancelled, _bed.Store.ForUser(user).Single().Status);
        Assert.Equal(0, _bed.OutboxCount);
    }

    private string Ask(TimeSpan lead)
    {
        const string user = "test:asker";
        var target = new ReminderTarget(ReminderTargetKind.Session, ReminderTestBed.InnovationsSociales);
        _bed.Store.Save(new Reminder(Reminder.IdFor(user, target), user, target, lead, ReminderOrigin.Asked, ReminderStatus.Pending, _bed.Clock.Now));
        _bed.At(16, 12, 30);
        Assert.Empty(_bed.Run().Queued);
        return user;
    }
}
