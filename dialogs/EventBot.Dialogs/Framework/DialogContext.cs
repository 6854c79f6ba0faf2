using Microsoft.Bot.Builder;

namespace EventBot.Dialogs.Framework;

/// <summary>
/// The dialog stack for one turn: start, continue, end or cancel dialogs. The stack itself is
/// loaded from and saved to ConversationState by the caller.
/// </summary>
public sealed class DialogContext(DialogSet dialogs, ITurnContext turnContext, DialogStack stack)
{
    public ITurnContext Context { get; } = turnContext;
    public DialogStack Stack { get; } = stack;

    /// <summary>Turn-scoped values the router shares with the dialogs (what was understood, say).</summary>
    public Dictionary<string, object> TurnValues { get; } = [];

    public DialogInstance? ActiveDialog => Stack.Instances.Count > 0 ? Stack.Instances[^1] : null;

    /// <summary>How many dialogs were begun this turn.</summary>
    public int Begun { get; private set; }

    public async Task<DialogTurnResult> BeginDialogAsync(string dialogId, object? options, CancellationToken cancellationToken)
    {
        var dialog = dialogs.Find(dialogId);
        Begun++;
        Stack.Instances.Add(new DialogInstance { DialogId = dialogId });
        return await dialog.BeginAsync(this, options, cancellationToken);
    }

    /// <summary>Hands the user's message to the innermost dialog.</summary>
    public async Task<DialogTurnResult> ContinueDialogAsync(CancellationToken cancellationToken)
    {
        if (ActiveDialog is null)
        {
            return new DialogTurnResult(DialogTurnStatus.Empty);
        }

        return await dialogs.Find(ActiveDialog.DialogId).ContinueAsync(this, cancellationToken);
    }

    /// <summary>Pops the active dialog and resumes its parent with the result.</summary>
    public async Task<DialogTurnResult> EndDialogAsync(object? result, CancellationToken cancellationToken)
    {
        if (ActiveDialog is not null)
        {
            Stack.Instances.RemoveAt(Stack.Instances.Count - 1);
        }

        if (ActiveDialog is null)
        {
            return new DialogTurnResult(DialogTurnStatus.Complete, result);
        }

        return await dialogs.Find(ActiveDialog.DialogId).ResumeAsync(this, result, cancellationToken);
    }

    public Task RepromptAsync(CancellationToken cancellationToken) =>
        ActiveDialog is null
            ? Task.CompletedTask
            : dialogs.Find(ActiveDialog.DialogId).RepromptAsync(this, cancellationToken);

    public DialogTurnResult CancelAll()
    {
        Stack.Instances.Clear();
        return new DialogTurnResult(DialogTurnStatus.Cancelled);
    }

    public static DialogTurnResult Waiting => new(DialogTurnStatus.Waiting);
    public static DialogTurnResult NotUnderstood => new(DialogTurnStatus.NotUnderstood);
}
