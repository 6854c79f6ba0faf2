namespace EventBot.Dialogs.Framework;

/// <summary>
/// One step of a conversation that may span several turns. Replaces the part of
/// Microsoft.Bot.Builder.Dialogs this project needs (that package does not install here).
/// A dialog keeps whatever it must remember in <see cref="DialogInstance.State"/>, which is persisted
/// with the conversation state, so a dialog resumes where it was after a restart.
/// </summary>
public abstract class Dialog(string id)
{
    public string Id { get; } = id;

    /// <summary>
    /// Whether a question asked while this dialog waits is answered on top of it, after which it
    /// resumes; otherwise the question replaces it.
    /// </summary>
    public virtual bool SurvivesInterruptions => false;

    /// <summary>Called when the dialog is pushed on the stack.</summary>
    public abstract Task<DialogTurnResult> BeginAsync(DialogContext dc, object? options, CancellationToken cancellationToken);

    /// <summary>Called with the next user message while this dialog is on top of the stack.</summary>
    public virtual Task<DialogTurnResult> ContinueAsync(DialogContext dc, CancellationToken cancellationToken) =>
        dc.EndDialogAsync(null, cancellationToken);

    /// <summary>Called when a child dialog this one started has ended, with the child's result.</summary>
    public virtual Task<DialogTurnResult> ResumeAsync(DialogContext dc, object? result, CancellationToken cancellationToken) =>
        dc.EndDialogAsync(result, cancellationToken);

    /// <summary>
    /// Called when the message this dialog could not use was not a new question either: re-ask, or
    /// give up after a few tries.
    /// </summary>
    public virtual Task<DialogTurnResult> RetryAsync(DialogContext dc, CancellationToken cancellationToken) =>
        dc.EndDialogAsync(null, cancellationToken);

    /// <summary>Asks the current question again (after "aide", say).</summary>
    public virtual Task RepromptAsync(DialogContext dc, CancellationToken cancellationToken) => Task.CompletedTask;
}
