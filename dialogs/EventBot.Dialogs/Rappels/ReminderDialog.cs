using EventBot.Dialogs.Framework;
using EventBot.Dialogs.Inscription;
using EventBot.Dialogs.Replies;
using EventBot.Domain.Model;
using EventBot.Domain.Reminders;
using EventBot.Domain.SignUps;
using EventBot.Language.Reminders;
using EventBot.Language.Understanding;
using Microsoft.Extensions.Options;

namespace EventBot.Dialogs.Rappels;

/// <summary>
/// "Rappelle-moi la soirée de clôture", "rappelle-moi 30 minutes avant mon parcours", "mes rappels",
/// "stop rappels", "reprendre les rappels". A reminder is stored for the person; the host's scheduler sends it.
/// When the data gives no hour, the person is told so and when the reminder goes instead. "Rappelle-moi"
/// alone asks what of, once.
/// </summary>
public sealed class ReminderDialog(Func<EventData> data, IReminderStore reminders, ISignUpService signUps, IOptions<ReminderOptions> options)
    : Dialog(DialogId)
{
    public const string DialogId = "reminder";
    private const string LeadKey = "leadMinutes";

    public override async Task<DialogTurnResult> BeginAsync(DialogContext dc, object? options, CancellationToken cancellationToken)
    {
        var question = options as Question ?? throw new ArgumentException("This dialog needs the Question.", nameof(options));
        var request = question.Understanding.Reminder;
        var userKey = SignUpDialog.UserKey(dc);
        switch (request.Action)
        {
            case ReminderAction.Stop:
                reminders.SetStopped(userKey, true, question.LocalNow);
                await dc.Context.SendAsync(RappelTexts.Stopped, cancellationToken);
                return await dc.EndDialogAsync(null, cancellationToken);
            case ReminderAction.Resume:
                reminders.SetStopped(userKey, false, question.LocalNow);
                await dc.Context.SendAsync(RappelTexts.Resumed, cancellationToken);
                return await dc.EndDialogAsync(null, cancellationToken);
            case ReminderAction.List:
                await dc.Context.SendAsync(List(userKey, question.LocalNow), cancellationToken);
                return await dc.EndDialogAsync(null, cancellationToken);
            case ReminderAction.Remove:
                await dc.Context.SendAsync(Remove(dc, question, userKey), cancellationToken);
                return await dc.EndDialogAsync(null, cancellationToken);
        }

        var target = Target(dc, question.Understanding, request.MyParcours);
        if (target.Problem is { } problem)
        {
            await dc.Context.SendAsync(problem, cancellationToken);
            return await dc.EndDialogAsync(null, cancellationToken);
        }

        if (target.Target is null)
        {
            // Kept as minutes: the dialog state holds plain numbers only.
            dc.ActiveDialog!.State[LeadKey] = request.Lead?.TotalMinutes;
            await dc.Context.SendAsync(RappelTexts.AskWhat, cancellationToken);
            return DialogContext.Waiting;
        }

        return await SetAsync(dc, target.Target, request.Lead, question.LocalNow, cancellationToken);
    }

    /// <summary>The answer to "de quoi voulez-vous que je vous rappelle ?".</summary>
    public override async Task<DialogTurnResult> ContinueAsync(DialogContext dc, CancellationToken cancellationToken)
    {
        var question = (Question)dc.TurnValues[nameof(Question)];
        if (question.Understanding.Text.Contains('?', StringComparison.Ordinal))
        {
            // "C'est où, la soirée ?" is a question of its own, not the answer to "de quoi ?".
            return DialogContext.NotUnderstood;
        }

        var request = question.Understanding.Reminder;
        var target = Target(dc, question.Understanding, request.MyParcours || MeansMyParcours(question));
        if (target.Problem is { } problem)
        {
            await dc.Context.SendAsync(problem, cancellationToken);
            return await dc.EndDialogAsync(null, cancellationToken);
        }

        if (target.Target is null)
        {
            return DialogContext.NotUnderstood;
        }

        var lead = request.Lead ?? (dc.ActiveDialog!.State.GetValueOrDefault(LeadKey) is double minutes ? TimeSpan.FromMinutes(minutes) : null);
        return await SetAsync(dc, target.Target, lead, question.LocalNow, cancellationToken);
    }

    public override async Task<DialogTurnResult> RetryAsync(DialogContext dc, CancellationToken cancellationToken)
    {
        await dc.Context.SendAsync(RappelTexts.NotRecognised, cancellationToken);
        return await dc.EndDialogAsync(null, cancellationToken);
    }

    public override Task RepromptAsync(DialogContext dc, CancellationToken cancellationToken) =>
        dc.Context.SendAsync(RappelTexts.AskWhat, cancellationToken);

    private async Task<DialogTurnResult> SetAsync(DialogContext dc, ReminderTarget target, TimeSpan? lead, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var settings = options.Value;
        var effectiveLead = lead ?? settings.DefaultLeadTime;
        var time = ReminderTime.Compute(data(), target, effectiveLead, settings, now)!;
        if (now >= time.DueAt)
        {
            await dc.Context.SendAsync(RappelTexts.TooLate(time, now), cancellationToken);
            return await dc.EndDialogAsync(null, cancellationToken);
        }

        var userKey = SignUpDialog.UserKey(dc);
        var wasStopped = reminders.IsStopped(userKey);
        var saved = reminders.Save(new Reminder(Reminder.IdFor(userKey, target), userKey, target, lead, ReminderOrigin.Asked, ReminderStatus.Pending, now));
        if (saved.Status != ReminderStatus.Pending)
        {
            await dc.Context.SendAsync(RappelTexts.AlreadySent, cancellationToken);
            return await dc.EndDialogAsync(null, cancellationToken);
        }

        // Asking for a reminder is asking for reminders again.
        var text = RappelTexts.Set(time, lead, effectiveLead);
        if (wasStopped)
        {
            reminders.SetStopped(userKey, false, now);
            text += "\n" + RappelTexts.ResumedAlong;
        }

        await dc.Context.SendAsync(text, cancellationToken);
        return await dc.EndDialogAsync(null, cancellationToken);
    }

    /// <summary>What to remind of: a session, a parcours or an event the message names, or the person's own parcours.</summary>
    private (ReminderTarget? Target, Reply? Problem) Target(DialogContext dc, Understanding understanding, bool myParcours)
    {
        if (understanding.Best(EntityKind.Session) is { } session)
        {
            return (new ReminderTarget(ReminderTargetKind.Session, session.Id), null);
        }

        if (understanding.Best(EntityKind.Parcours) is { } parcours)
        {
            return (new ReminderTarget(ReminderTargetKind.Parcours, parcours.Id), null);
        }

        if (understanding.Best(EntityKind.WeekEvent) is { } weekEvent)
        {
            return (new ReminderTarget(ReminderTargetKind.Event, weekEvent.Id), null);
        }

        if (!myParcours)
        {
            return (null, null);
        }

        var signUp = signUps.Find(SignUpDialog.UserKey(dc), null);
        var name = signUp is null ? "" : data().Parcours.FirstOrDefault(p => p.Id == signUp.ParcoursId)?.Name ?? "";
        return signUp switch
        {
            null => (null, new Reply(RappelTexts.NotSignedUp, null, [RappelTexts.SignUpSuggestion])),
            { Status: SignUpStatus.Waiting } => (null, RappelTexts.Waiting(name)),
            _ => (new ReminderTarget(ReminderTargetKind.Parcours, signUp.ParcoursId), null),
        };
    }

    /// <summary>"Mon parcours" said alone, in answer to "de quoi… ?", is read by the sign-up phrases.</summary>
    private static bool MeansMyParcours(Question question) =>
        question.Understanding.SignUpAction == Language.SignUps.SignUpAction.View;

    /// <summary>
    /// One reminder withdrawn, the one named (or the person's parcours, or their only one). A sign-up's reminder not made
    /// yet is recorded removed, so that the scheduler does not make it.
    /// </summary>
    private Reply Remove(DialogContext dc, Question question, string userKey)
    {
        var named = Target(dc, question.Understanding, question.Understanding.Reminder.MyParcours).Target;
        var pending = reminders.ForUser(userKey).Where(r => r.Status == ReminderStatus.Pending).ToList();
        var target = named ?? (pending.Count == 1 ? pending[0].Target : SignedUpParcours(userKey));
        if (target is null)
        {
            return new Reply(RappelTexts.RemoveWhich + "\n" + List(userKey, question.LocalNow).Text);
        }

        var id = Reminder.IdFor(userKey, target);
        if (reminders.Close(id, ReminderStatus.Removed, question.LocalNow))
        {
            return RappelTexts.Removed;
        }

        if (reminders.Find(id) is null && target == SignedUpParcours(userKey))
        {
            reminders.Save(new Reminder(id, userKey, target, null, ReminderOrigin.SignUp, ReminderStatus.Removed, question.LocalNow));
            return RappelTexts.Removed;
        }

        return RappelTexts.NothingToRemove;
    }

    private ReminderTarget? SignedUpParcours(string userKey) =>
        signUps.Find(userKey, null) is { Status: SignUpStatus.Confirmed } signUp ? new ReminderTarget(ReminderTargetKind.Parcours, signUp.ParcoursId) : null;

    private Reply List(string userKey, DateTimeOffset now)
    {
        var settings = options.Value;
        var all = reminders.ForUser(userKey);
        var mine = all.Where(r => r.Status == ReminderStatus.Pending).ToList();

        // A new sign-up's reminder is made at the scheduler's next round: show it already (unless removed).
        if (signUps.Find(userKey, null) is { Status: SignUpStatus.Confirmed } signUp)
        {
            var target = new ReminderTarget(ReminderTargetKind.Parcours, signUp.ParcoursId);
            if (all.All(r => r.Target != target || r.Status == ReminderStatus.Cancelled))
            {
                mine.Add(new Reminder(Reminder.IdFor(userKey, target), userKey, target, null, ReminderOrigin.SignUp, ReminderStatus.Pending, now));
            }
        }

        var lines = mine
            .Select(r => (Reminder: r, Time: ReminderTime.Compute(data(), r.Target, r.Lead ?? settings.DefaultLeadTime, settings, now)))
            .Where(x => x.Time is not null && now < x.Time.ExpiresAt &&
                        // As the scheduler: a sign-up made after its reminder's time gets none, so it is not listed.
                        !(x.Reminder.Origin == ReminderOrigin.SignUp && x.Reminder.CreatedAt >= x.Time.DueAt))
            .OrderBy(x => x.Time!.DueAt)
            .Select(x => RappelTexts.Line(x.Time!))
            .ToList();
        var text = lines.Count == 0 ? RappelTexts.None : RappelTexts.ListHeading + "\n" + FrenchFormat.Bullets(lines);
        return reminders.IsStopped(userKey) ? text + "\n" + RappelTexts.StoppedNote : text;
    }
}
