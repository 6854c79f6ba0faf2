using EventBot.Dialogs.Framework;
using EventBot.Dialogs.Inscription;
using EventBot.Dialogs.Main;
using EventBot.Dialogs.Replies;
using EventBot.Domain.SignUps;
using EventBot.Language.Organisers;
using EventBot.Language.Text;
using EventBot.Language.Understanding;

namespace EventBot.Dialogs.Organisateurs;

/// <summary>
/// The organisers' chat commands: "combien d'inscrits ?" (counts per parcours and waiting lists), "annonce aux
/// inscrits Emergence : …" and "annonce à tous : …", sent only after a yes to a summary naming how many people
/// it reaches ("annuler" or "non" sends nothing). Anyone else gets a polite refusal.
/// </summary>
public sealed class OrganiserDialog(EventKnowledge knowledge, ISignUpService signUps, IOrganisers organisers, IChatAnnouncements announcements)
    : Dialog(DialogId)
{
    public const string DialogId = "organiser";
    private const string StepKey = "step";
    private const string ParcoursKey = "parcoursId";
    private const string TextKey = "text";
    private const string AskTextStep = "text";
    private const string ConfirmStep = "confirm";

    public override async Task<DialogTurnResult> BeginAsync(DialogContext dc, object? options, CancellationToken cancellationToken)
    {
        var question = options as Question ?? throw new ArgumentException("This dialog needs the Question.", nameof(options));
        // Read again from the whole message: the understanding stops at the conversation's reading length.
        var command = OrganiserCommandRecognizer.Recognize(TurnText.Of(dc.Context.Activity));
        if (!organisers.IsOrganiser(dc.Context.Activity.From?.Id))
        {
            await dc.Context.SendAsync(OrganiserTexts.Refused, cancellationToken);
            return await dc.EndDialogAsync(null, cancellationToken);
        }

        if (command.Kind == OrganiserCommandKind.Count)
        {
            await dc.Context.SendAsync(Counts(), cancellationToken);
            return await dc.EndDialogAsync(null, cancellationToken);
        }

        string? parcoursId = null;
        if (command.Audience is { } audience)
        {
            // The chat's announcements go to the confirmed people: one meant for a waiting list must not reach them instead.
            if (FrenchNormaliser.Normalise(audience).Tokens.Contains("attente"))
            {
                await dc.Context.SendAsync(OrganiserTexts.WaitingListByApi, cancellationToken);
                return await dc.EndDialogAsync(null, cancellationToken);
            }

            parcoursId = knowledge.Understand(audience, question.LocalNow).Best(EntityKind.Parcours)?.Id;
            if (parcoursId is null)
            {
                await dc.Context.SendAsync(OrganiserTexts.UnknownParcours(audience, knowledge.Data.Parcours.Select(p => p.Name)), cancellationToken);
                return await dc.EndDialogAsync(null, cancellationToken);
            }
        }

        var state = dc.ActiveDialog!.State;
        state[ParcoursKey] = parcoursId;
        if (command.Message is null)
        {
            state[StepKey] = AskTextStep;
            await dc.Context.SendAsync(OrganiserTexts.AskText, cancellationToken);
            return DialogContext.Waiting;
        }

        state[TextKey] = command.Message;
        return await ConfirmAsync(dc, cancellationToken);
    }

    public override async Task<DialogTurnResult> ContinueAsync(DialogContext dc, CancellationToken cancellationToken)
    {
        var state = dc.ActiveDialog!.State;
        var text = TurnText.Of(dc.Context.Activity).Trim();
        switch (state.GetValueOrDefault(StepKey) as string)
        {
            // A new command said instead of the text ("annonce aux inscrits Emergence") starts again; it is not the text.
            case AskTextStep when OrganiserCommandRecognizer.Recognize(text).Kind != OrganiserCommandKind.None:
                return DialogContext.NotUnderstood;
            case AskTextStep when text.Length > 0:
                state[TextKey] = text;
                return await ConfirmAsync(dc, cancellationToken);
            case ConfirmStep when SignUpDialog.YesNo(text) is { } yes:
                var parcoursId = state.GetValueOrDefault(ParcoursKey) as string;
                var reply = yes
                    ? OrganiserTexts.Sent(announcements.Send((string)state[TextKey]!, parcoursId))
                    : OrganiserTexts.NotSent;
                await dc.Context.SendAsync(reply, cancellationToken);
                return await dc.EndDialogAsync(null, cancellationToken);
            default:
                return DialogContext.NotUnderstood;
        }
    }

    public override async Task<DialogTurnResult> RetryAsync(DialogContext dc, CancellationToken cancellationToken)
    {
        await dc.Context.SendAsync(OrganiserTexts.AnswerYesNo, cancellationToken);
        await RepromptAsync(dc, cancellationToken);
        return DialogContext.Waiting;
    }

    public override Task RepromptAsync(DialogContext dc, CancellationToken cancellationToken)
    {
        var state = dc.ActiveDialog!.State;
        return state.GetValueOrDefault(StepKey) as string == AskTextStep
            ? dc.Context.SendAsync(OrganiserTexts.AskText, cancellationToken)
            : dc.Context.SendAsync(ConfirmQuestion(state), cancellationToken);
    }

    private async Task<DialogTurnResult> ConfirmAsync(DialogContext dc, CancellationToken cancellationToken)
    {
        var state = dc.ActiveDialog!.State;
        var parcoursId = state.GetValueOrDefault(ParcoursKey) as string;
        var check = announcements.Check((string)state[TextKey]!, parcoursId);
        if (check.Errors.Count > 0)
        {
            await dc.Context.SendAsync(string.Join("\n", check.Errors), cancellationToken);
            return await dc.EndDialogAsync(null, cancellationToken);
        }

        if (check.Recipients == 0)
        {
            await dc.Context.SendAsync(OrganiserTexts.Nobody(ParcoursName(parcoursId)), cancellationToken);
            return await dc.EndDialogAsync(null, cancellationToken);
        }

        state[StepKey] = ConfirmStep;
        await dc.Context.SendAsync(ConfirmQuestion(state), cancellationToken);
        return DialogContext.Waiting;
    }

    private Reply ConfirmQuestion(Dictionary<string, object?> state)
    {
        var parcoursId = state.GetValueOrDefault(ParcoursKey) as string;
        var message = (string)state[TextKey]!;
        var text = OrganiserTexts.Confirm(message, ParcoursName(parcoursId), announcements.Check(message, parcoursId).Recipients);
        return new Reply(text, null, [OrganiserTexts.Yes, OrganiserTexts.No]);
    }

    private string? ParcoursName(string? parcoursId) =>
        parcoursId is null ? null : knowledge.Data.Parcours.FirstOrDefault(p => p.Id == parcoursId)?.Name ?? parcoursId;

    private string Counts()
    {
        var all = signUps.All();
        var lines = knowledge.Data.Parcours.Select(p => OrganiserTexts.CountLine(
            p.Name,
            all.Count(s => s.ParcoursId == p.Id && s.Status == SignUpStatus.Confirmed),
            all.Count(s => s.ParcoursId == p.Id && s.Status == SignUpStatus.Waiting),
            signUps.PlacesLeft(p.Id)));
        return OrganiserTexts.CountsHeading + "\n" + FrenchFormat.Bullets(lines) + "\n" +
               OrganiserTexts.Totals(all.Count(s => s.Status == SignUpStatus.Confirmed), all.Count(s => s.Status == SignUpStatus.Waiting));
    }
}
