using EventBot.Dialogs.Framework;
using EventBot.Dialogs.Inscription;
using EventBot.Dialogs.Main;
using EventBot.Dialogs.Replies;
using EventBot.Domain.Insight;
using EventBot.Domain.SignUps;
using EventBot.Language.Organisers;
using EventBot.Language.Reminders;
using EventBot.Language.SignUps;
using EventBot.Language.Understanding;
using Microsoft.Bot.Builder;

namespace EventBot.Dialogs;

/// <summary>
/// The conversation for one turn: understands the message, lets the dialog under way continue (or
/// drops it when the user has moved on to another question), handles "annuler" and "aide" at any
/// point, and otherwise routes the question. The dialog stack and the conversation's memory live in
/// ConversationState; the host saves it after the turn.
/// </summary>
public sealed class EventBotConversation(
    ConversationState conversationState,
    DialogSet dialogs,
    MainRouter router,
    EventKnowledge knowledge,
    ISignUpService signUps,
    IUnansweredQuestions unanswered,
    TimeProvider clock) : IConversation
{
    /// <summary>Longer messages are read up to this length: no question about the event needs more.</summary>
    public const int MaxReadLength = 500;

    private static readonly TimeZoneInfo EventTimeZone = TimeZoneInfo.FindSystemTimeZoneById("Europe/Paris");

    private readonly IStatePropertyAccessor<DialogStack> _stack = conversationState.CreateProperty<DialogStack>("dialogStack");
    private readonly IStatePropertyAccessor<ConversationMemory> _memory = conversationState.CreateProperty<ConversationMemory>("memory");

    public async Task OnMessageAsync(ITurnContext turnContext, CancellationToken cancellationToken)
    {
        try
        {
            await AnswerAsync(turnContext, cancellationToken);
            RecordIfUnanswered(turnContext);
            await ForgetWhatIsEmptyAsync(turnContext, cancellationToken);
            if (turnContext.TurnState.ContainsKey(MySignUpDialog.ClearStateFlag))
            {
                // The person asked for their data to be deleted: nothing of this conversation is kept either.
                await conversationState.DeleteAsync(turnContext, cancellationToken);
            }
        }
        catch (StorageUnavailableException unavailable)
        {
            // Sign-ups need the database; what was under way is dropped, questions still get answers.
            var stack = await _stack.GetAsync(turnContext, () => new DialogStack(), cancellationToken);
            stack.Instances.Clear();
            await turnContext.SendAsync(unavailable.Message, cancellationToken);
        }
    }

    /// <summary>
    /// An empty dialog stack and an empty memory are what every conversation starts from: they are not kept, so a
    /// conversation that has only greeted, or asked what the bot cannot answer, costs no state write.
    /// </summary>
    private async Task ForgetWhatIsEmptyAsync(ITurnContext turnContext, CancellationToken cancellationToken)
    {
        if ((await _stack.GetAsync(turnContext, () => new DialogStack(), cancellationToken)).Instances.Count == 0)
        {
            await _stack.DeleteAsync(turnContext, cancellationToken);
        }

        if ((await _memory.GetAsync(turnContext, () => new ConversationMemory(), cancellationToken)).IsEmpty())
        {
            await _memory.DeleteAsync(turnContext, cancellationToken);
        }
    }

    private async Task AnswerAsync(ITurnContext turnContext, CancellationToken cancellationToken)
    {
        var text = TurnText.Of(turnContext.Activity);
        if (text.Length == 0)
        {
            await turnContext.SendAsync(MainTexts.Empty, cancellationToken);
            return;
        }

        if (text.Length > MaxReadLength)
        {
            // An organiser's announcement is not cut: its dialog reads it whole from the activity, the service checks its length.
            if (OrganiserCommandRecognizer.Recognize(text[..MaxReadLength]).Kind != OrganiserCommandKind.Announce)
            {
                await turnContext.SendAsync(MainTexts.TooLong, cancellationToken);
            }

            text = text[..MaxReadLength];
        }

        var stack = await _stack.GetAsync(turnContext, () => new DialogStack(), cancellationToken);
        var memory = await _memory.GetAsync(turnContext, () => new ConversationMemory(), cancellationToken);
        var localNow = LocalNow(turnContext);
        var question = new Question(knowledge.Understand(text, localNow), localNow, memory);
        var dc = new DialogContext(dialogs, turnContext, stack);
        dc.TurnValues[nameof(Question)] = question;
        await TellPromotionsAsync(turnContext, cancellationToken);

        if (question.Understanding.SignUpAction == SignUpAction.Decline)
        {
            // "Finalement je préfère ne pas m'inscrire": whatever was under way stops, and nothing is kept of it.
            dc.CancelAll();
            await turnContext.SendAsync(SignUpTexts.Declined, cancellationToken);
            return;
        }

        switch (question.Intent)
        {
            case Intent.Cancel when dc.ActiveDialog is not null && question.Understanding.SignUpAction == SignUpAction.None &&
                                    question.Understanding.Reminder.Action == ReminderAction.None:
                dc.CancelAll();
                await turnContext.SendAsync(MainTexts.Cancelled, cancellationToken);
                return;
            case Intent.Help when dc.ActiveDialog is not null:
                await turnContext.SendAsync(MainTexts.Help, cancellationToken);
                await dc.RepromptAsync(cancellationToken);
                return;
        }

        if (dc.ActiveDialog is not null)
        {
            var result = await dc.ContinueDialogAsync(cancellationToken);
            if (result.Status != DialogTurnStatus.NotUnderstood)
            {
                return;
            }

            if (!IsNewQuestion(question))
            {
                await dialogs.Find(dc.ActiveDialog!.DialogId).RetryAsync(dc, cancellationToken);
                return;
            }

            var interrupted = dc.ActiveDialog!;
            if (dialogs.Find(interrupted.DialogId).SurvivesInterruptions)
            {
                // Answered on top of the pending dialog, which then asks its question again (a dialog
                // begun on top asks it when it ends; a direct answer does not, so it is asked here).
                var begun = dc.Begun;
                await router.RouteAsync(dc, question, cancellationToken);
                if (dc.ActiveDialog == interrupted && dc.Begun == begun)
                {
                    await dc.RepromptAsync(cancellationToken);
                }

                return;
            }

            // The user has moved on: the pending question is dropped and the new one answered.
            dc.CancelAll();
        }

        await router.RouteAsync(dc, question, cancellationToken);
    }

    /// <summary>
    /// A place freed for someone on a waiting list is told here if their next message comes before the host's outbox
    /// queued the notice; both take it from <see cref="ISignUpService.TakeUnseenPromotions"/>'s store, so it is told once.
    /// </summary>
    private async Task TellPromotionsAsync(ITurnContext turnContext, CancellationToken cancellationToken)
    {
        try
        {
            foreach (var promoted in signUps.TakeUnseenPromotions(SignUpDialog.UserKey(turnContext)))
            {
                await turnContext.SendAsync(SignUpAnswers.Promoted(knowledge.Data, promoted), cancellationToken);
            }
        }
        catch (StorageUnavailableException)
        {
            // Questions that need no storage are still answered; the sign-up dialogs say it is unavailable.
        }
    }

    public Task OnWelcomeAsync(ITurnContext turnContext, CancellationToken cancellationToken)
    {
        // The card is the buttons; the welcome itself is the text above it.
        var card = new InfoCard(MainTexts.WelcomeTitle).Subtitle(MainTexts.WelcomeSubtitle);
        foreach (var suggestion in MainTexts.Suggestions)
        {
            card.Ask(suggestion, suggestion);
        }

        return turnContext.SendAsync(new Reply(MainTexts.Welcome, card.Build(MainTexts.Welcome), MainTexts.Suggestions), cancellationToken);
    }

    /// <summary>A question the bot could not answer is counted for the organisers; a storage failure does not spoil the answer.</summary>
    private void RecordIfUnanswered(ITurnContext turnContext)
    {
        if (Unanswered.Of(turnContext) is not { } reason)
        {
            return;
        }

        var text = TurnText.Of(turnContext.Activity);
        try
        {
            unanswered.Record(text.Length > MaxReadLength ? text[..MaxReadLength] : text, reason, clock.GetUtcNow());
        }
        catch (StorageUnavailableException)
        {
            // The count is an insight for organisers, not worth failing the turn for.
        }
    }

    /// <summary>A message a pending prompt could not use is a new question when it has a clear meaning of its own.</summary>
    private bool IsNewQuestion(Question question) =>
        question.Intent is not (Intent.None or Intent.Cancel) || question.Understanding.Entities.Count > 0 ||
        question.Understanding.Reminder.Action != ReminderAction.None ||
        question.Understanding.OrganiserCommand.Kind != OrganiserCommandKind.None ||
        knowledge.Search(question.Understanding.Text) is not null;

    /// <summary>The user's own clock when the channel sends it, else the server's, in the event's time zone.</summary>
    private DateTimeOffset LocalNow(ITurnContext turnContext) =>
        turnContext.Activity.LocalTimestamp ?? TimeZoneInfo.ConvertTime(clock.GetUtcNow(), EventTimeZone);
}
