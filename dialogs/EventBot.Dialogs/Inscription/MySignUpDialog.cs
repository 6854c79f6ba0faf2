using EventBot.Dialogs.Framework;
using EventBot.Dialogs.Replies;
using EventBot.Domain.Model;
using EventBot.Domain.SignUps;
using EventBot.Language.SignUps;
using EventBot.Language.Understanding;

namespace EventBot.Dialogs.Inscription;

/// <summary>
/// A person's own sign-up and data: "quelle est mon inscription ?", "change-moi de parcours",
/// "annule mon inscription", "quelles données avez-vous sur moi ?", "supprimez mes données".
/// The sign-up is found from this channel user, or else from the e-mail the person gives.
/// Cancelling and deleting are confirmed first.
/// </summary>
public sealed class MySignUpDialog(Func<EventData> data, ISignUpService signUps) : Dialog(DialogId)
{
    public const string DialogId = "my-sign-up";
    private const string ActionKey = "action";
    private const string StepKey = "step";
    private const string EmailKey = "email";
    private const string SignUpKey = "signUp";

    /// <summary>Set in the turn's state when the person's data were deleted: the conversation deletes its state.</summary>
    public const string ClearStateFlag = "clearState";

    public override async Task<DialogTurnResult> BeginAsync(DialogContext dc, object? options, CancellationToken cancellationToken)
    {
        var question = options as Question ?? throw new ArgumentException("This dialog needs the Question.", nameof(options));
        var state = dc.ActiveDialog!.State;
        var action = question.Understanding.SignUpAction;
        state[ActionKey] = action.ToString();
        state[EmailKey] = ParticipantDetailsReader.Read(question.Understanding.Text).Email;
        return await ProceedAsync(dc, action, cancellationToken);
    }

    public override async Task<DialogTurnResult> ContinueAsync(DialogContext dc, CancellationToken cancellationToken)
    {
        var state = dc.ActiveDialog!.State;
        var text = TurnText.Of(dc.Context.Activity);
        var action = Enum.Parse<SignUpAction>((string)state[ActionKey]!);
        switch (state.GetValueOrDefault(StepKey) as string)
        {
            case "email":
                var email = ParticipantDetailsReader.Read(text).Email;
                if (email is null)
                {
                    return DialogContext.NotUnderstood;
                }

                state[EmailKey] = email;
                return await ProceedAsync(dc, action, cancellationToken);
            case "confirm" when SignUpDialog.YesNo(text) is { } yes:
                await dc.Context.SendAsync(yes ? Confirmed(dc, action) : (action == SignUpAction.Cancel ? SignUpTexts.CancelKept : SignUpTexts.DeleteKept), cancellationToken);
                return await dc.EndDialogAsync(null, cancellationToken);
            default:
                return DialogContext.NotUnderstood;
        }
    }

    public override async Task<DialogTurnResult> RetryAsync(DialogContext dc, CancellationToken cancellationToken)
    {
        await dc.Context.SendAsync(SignUpTexts.NotUnderstood, cancellationToken);
        await RepromptAsync(dc, cancellationToken);
        return DialogContext.Waiting;
    }

    public override Task RepromptAsync(DialogContext dc, CancellationToken cancellationToken)
    {
        var state = dc.ActiveDialog!.State;
        var action = Enum.Parse<SignUpAction>((string)state[ActionKey]!);
        return dc.Context.SendAsync(
            state.GetValueOrDefault(StepKey) as string == "email" ? new Reply(SignUpTexts.NotFoundAskEmail) : ConfirmQuestion(action),
            cancellationToken);
    }

    private async Task<DialogTurnResult> ProceedAsync(DialogContext dc, SignUpAction action, CancellationToken cancellationToken)
    {
        var state = dc.ActiveDialog!.State;
        var userKey = SignUpDialog.UserKey(dc);
        var email = state.GetValueOrDefault(EmailKey) as string;
        if (action is SignUpAction.Availability)
        {
            var question = (Question)dc.TurnValues[nameof(Question)];
            var named = question.Understanding.Of(EntityKind.Parcours).Select(p => p.Id).Distinct().ToList();
            await dc.Context.SendAsync(SignUpAnswers.Availability(data(), signUps, named), cancellationToken);

            // "Oui" next signs the person up for the one parcours asked about.
            question.Memory.OfferedParcoursId = named.Count == 1 ? named[0] : null;
            return await dc.EndDialogAsync(null, cancellationToken);
        }

        if (action is SignUpAction.ViewData)
        {
            await dc.Context.SendAsync(SignUpAnswers.Data(data(), signUps.PersonalData(userKey, email)), cancellationToken);
            return await dc.EndDialogAsync(null, cancellationToken);
        }

        if (action is SignUpAction.DeleteData)
        {
            return await AskConfirmationAsync(dc, action, cancellationToken);
        }

        var found = signUps.Find(userKey, email);
        if (found is null)
        {
            if (email is null)
            {
                state[StepKey] = "email";
                await dc.Context.SendAsync(SignUpTexts.NotFoundAskEmail, cancellationToken);
                return DialogContext.Waiting;
            }

            await dc.Context.SendAsync(new Reply(SignUpTexts.NotFound, null, ["Je veux m'inscrire"]), cancellationToken);
            return await dc.EndDialogAsync(null, cancellationToken);
        }

        state[SignUpKey] = found.Id;
        switch (action)
        {
            case SignUpAction.Cancel:
                return await AskConfirmationAsync(dc, action, cancellationToken);
            case SignUpAction.Change:
                // The sign-up dialog takes over, in change mode, in this dialog's place.
                dc.Stack.Instances.RemoveAt(dc.Stack.Instances.Count - 1);
                var asked = (Question)dc.TurnValues[nameof(Question)];
                return await dc.BeginDialogAsync(SignUpDialog.DialogId, new SignUpDialog.ChangeOptions(asked, found.Id), cancellationToken);
            default:
                await dc.Context.SendAsync(SignUpAnswers.Current(data(), found), cancellationToken);
                return await dc.EndDialogAsync(null, cancellationToken);
        }
    }

    private static async Task<DialogTurnResult> AskConfirmationAsync(DialogContext dc, SignUpAction action, CancellationToken cancellationToken)
    {
        dc.ActiveDialog!.State[StepKey] = "confirm";
        await dc.Context.SendAsync(ConfirmQuestion(action), cancellationToken);
        return DialogContext.Waiting;
    }

    private static Reply ConfirmQuestion(SignUpAction action) =>
        new(action == SignUpAction.Cancel ? SignUpTexts.CancelQuestion : SignUpTexts.DeleteQuestion, null, [SignUpTexts.Yes, SignUpTexts.No]);

    private Reply Confirmed(DialogContext dc, SignUpAction action)
    {
        var state = dc.ActiveDialog!.State;
        if (action == SignUpAction.DeleteData)
        {
            var removed = signUps.DeletePersonalData(
                SignUpDialog.UserKey(dc), state.GetValueOrDefault(EmailKey) as string, dc.Context.Activity.Conversation?.Id);
            dc.Context.TurnState.Add(ClearStateFlag, ClearStateFlag);
            return SignUpTexts.Deleted(removed);
        }

        var signUp = signUps.All().FirstOrDefault(s => s.Id == (string?)state[SignUpKey]);
        if (signUp is null)
        {
            return SignUpTexts.NotFound;
        }

        signUps.Cancel(signUp.Id);
        return SignUpTexts.Cancelled(data().Parcours.FirstOrDefault(p => p.Id == signUp.ParcoursId)?.Name ?? "");
    }
}
