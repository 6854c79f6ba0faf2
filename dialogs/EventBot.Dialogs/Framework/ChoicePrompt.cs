using EventBot.Dialogs.Replies;
using Newtonsoft.Json.Linq;

namespace EventBot.Dialogs.Framework;

/// <summary>
/// Asks a question with buttons and waits for one of the choices. A reply that names no choice is
/// handed back to the router (<see cref="DialogTurnStatus.NotUnderstood"/>), which either treats it as
/// a new question or calls <see cref="RetryAsync"/>; after a few misses the prompt gives up politely.
/// Ends with the chosen <see cref="Choice.Value"/>, or null when it gave up.
/// </summary>
public sealed class ChoicePrompt(ChoiceRecognizer recognizer) : Dialog(DialogId)
{
    public const string DialogId = "choice-prompt";
    private const string QuestionKey = "question";
    private const string CardKey = "card";
    private const string ChoicesKey = "choices";
    private const string AttemptsKey = "attempts";
    private const int MaxAttempts = 3;

    /// <summary>What to ask: the question's text (complete on its own), an optional card, the choices.</summary>
    public sealed record Options(string Question, IReadOnlyList<Choice> Choices, JObject? Card = null);

    public override async Task<DialogTurnResult> BeginAsync(DialogContext dc, object? options, CancellationToken cancellationToken)
    {
        var prompt = options as Options ?? throw new ArgumentException("ChoicePrompt needs ChoicePrompt.Options.", nameof(options));
        var state = dc.ActiveDialog!.State;
        state[QuestionKey] = prompt.Question;
        state[CardKey] = prompt.Card;
        // Plain arrays: the state is serialised with type names, and compiler-made collections do not read back.
        state[ChoicesKey] = prompt.Choices.Select(c => c with { Synonyms = c.Synonyms?.ToArray() }).ToList();
        state[AttemptsKey] = 0;
        await AskAsync(dc, null, cancellationToken);
        return DialogContext.Waiting;
    }

    public override Task<DialogTurnResult> ContinueAsync(DialogContext dc, CancellationToken cancellationToken)
    {
        var choice = recognizer.Recognize(TurnText.Of(dc.Context.Activity), Choices(dc.ActiveDialog!));
        return choice is null
            ? Task.FromResult(DialogContext.NotUnderstood)
            : dc.EndDialogAsync(choice.Value, cancellationToken);
    }

    public override async Task<DialogTurnResult> RetryAsync(DialogContext dc, CancellationToken cancellationToken)
    {
        var state = dc.ActiveDialog!.State;
        var attempts = Convert.ToInt32(state[AttemptsKey]) + 1;
        state[AttemptsKey] = attempts;
        if (attempts >= MaxAttempts)
        {
            await dc.Context.SendAsync(FrameworkTexts.GiveUp, cancellationToken);
            return await dc.EndDialogAsync(null, cancellationToken);
        }

        await AskAsync(dc, FrameworkTexts.NotAChoice, cancellationToken);
        return DialogContext.Waiting;
    }

    public override Task RepromptAsync(DialogContext dc, CancellationToken cancellationToken) =>
        AskAsync(dc, null, cancellationToken);

    private static Task AskAsync(DialogContext dc, string? preface, CancellationToken cancellationToken)
    {
        var state = dc.ActiveDialog!.State;
        var question = (string)state[QuestionKey]!;
        var card = state[CardKey] as JObject;
        var titles = Choices(dc.ActiveDialog).Select(c => c.Title).ToList();
        // The numbered list is the text equivalent of the buttons, and lets the user answer "2".
        var numbered = string.Join("\n", titles.Select((t, i) => $"{i + 1}. {t}"));
        var text = $"{(preface is null ? question : $"{preface} {question}")}\n{numbered}";
        return dc.Context.SendAsync(new Reply(text, card, titles), cancellationToken);
    }

    private static IReadOnlyList<Choice> Choices(DialogInstance instance) =>
        instance.State[ChoicesKey] switch
        {
            IEnumerable<Choice> choices => choices.ToList(),
            JArray array => array.ToObject<List<Choice>>() ?? [],
            _ => [],
        };
}
