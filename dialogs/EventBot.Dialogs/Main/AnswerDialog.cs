using EventBot.Dialogs.Framework;
using EventBot.Dialogs.Replies;
using EventBot.Domain.Insight;
using EventBot.Domain.Model;
using EventBot.Language.Understanding;

namespace EventBot.Dialogs.Main;

/// <summary>
/// A dialog that answers a question in one turn, or first asks one short clarifying question with
/// buttons when the question could mean several things, then answers for the chosen one.
/// </summary>
public abstract class AnswerDialog(string id, Func<EventData> data) : Dialog(id)
{
    private const string IntentKey = "intent";

    /// <summary>Below this score an entity match is a loose one (a word of a title, a typo).</summary>
    private const double WeakMatch = 0.8;

    /// <summary>An answer, or a clarifying question whose choices' values are <see cref="EventLookup.Key"/>s.</summary>
    protected sealed record Outcome(Reply? Reply, ChoicePrompt.Options? Clarify = null)
    {
        public static implicit operator Outcome(Reply reply) => new(reply);
        public static implicit operator Outcome(string text) => new(new Reply(text));
    }

    /// <summary>The answer, or null when this dialog has nothing to say about what the message names.</summary>
    protected abstract Outcome? Answer(Question question, EventLookup lookup);

    /// <summary>
    /// The answer about one thing: once the user has picked one of the clarifying choices, or when the question names
    /// it alone. It depends only on its arguments and the data, so it is kept per data snapshot: see <see cref="Answered"/>.
    /// </summary>
    protected abstract Reply AnswerChosen(Intent intent, EntityKind kind, string id, EventLookup lookup);

    /// <summary><see cref="AnswerChosen"/>, worked out once per data snapshot (see <see cref="SnapshotReplies"/>).</summary>
    protected Reply Answered(Intent intent, EntityKind kind, string id, EventLookup lookup) =>
        SnapshotReplies.Get(lookup.Data, (Dialog: Id, intent, kind, id), key => AnswerChosen(key.intent, key.kind, key.id, lookup));

    public override async Task<DialogTurnResult> BeginAsync(DialogContext dc, object? options, CancellationToken cancellationToken)
    {
        var question = options as Question ?? throw new ArgumentException("An answer dialog needs the Question.", nameof(options));
        var outcome = Answer(question, new EventLookup(data()));
        if (outcome is null)
        {
            dc.Stack.Instances.RemoveAt(dc.Stack.Instances.Count - 1);
            return DialogContext.NotUnderstood;
        }

        if (outcome.Clarify is { } clarify)
        {
            dc.ActiveDialog!.State[IntentKey] = question.Intent.ToString();
            return await dc.BeginDialogAsync(ChoicePrompt.DialogId, clarify, cancellationToken);
        }

        var reply = outcome.Reply!;
        if (RelatedFact.Find(question, reply.Text, data()) is { } fact)
        {
            reply = reply with { Text = $"{reply.Text}\n{MainTexts.RelatedFact(fact)}" };
        }

        var qualified = AnswerCoverage.Qualify(question, reply);
        if (!ReferenceEquals(qualified, reply))
        {
            Unanswered.Mark(dc.Context, UnansweredReason.Partial);
        }

        await dc.Context.SendAsync(qualified, cancellationToken);
        return await dc.EndDialogAsync(null, cancellationToken);
    }

    public override async Task<DialogTurnResult> ResumeAsync(DialogContext dc, object? result, CancellationToken cancellationToken)
    {
        if (EventLookup.Parse(result as string) is { } chosen &&
            Enum.TryParse<Intent>(dc.ActiveDialog!.State[IntentKey] as string, out var intent))
        {
            if (dc.TurnValues.TryGetValue(nameof(Question), out var turn))
            {
                Remember(((Question)turn).Memory, chosen.Kind, chosen.Id);
            }

            await dc.Context.SendAsync(Answered(intent, chosen.Kind, chosen.Id, new EventLookup(data())), cancellationToken);
        }

        return await dc.EndDialogAsync(null, cancellationToken);
    }

    /// <summary>
    /// Answers for the first kind, in <paramref name="order"/>, that the question names: one thing gets
    /// its answer; several get what <paramref name="several"/> says, or a clarifying question. Null
    /// when the question names none of these kinds.
    /// </summary>
    protected Outcome? AnswerFirstNamed(
        Question question,
        EventLookup lookup,
        IReadOnlyList<EntityKind> order,
        Func<EntityKind, IReadOnlyList<EntityMatch>, Outcome?>? several = null)
    {
        var strongest = question.Understanding.Entities.Select(e => e.Score).DefaultIfEmpty(0).Max();
        foreach (var kind in order)
        {
            var best = Best(question, kind);

            // One loose word of a long title ("initiatives") does not outrank a name said in full.
            if (best.Count > 0 && best[0].Score < WeakMatch && strongest - best[0].Score >= 0.2)
            {
                continue;
            }

            if (best.Count == 1)
            {
                Remember(question.Memory, kind, best[0].Id);
                return Answered(question.Intent, kind, best[0].Id, lookup);
            }

            if (best.Count > 1)
            {
                return several?.Invoke(kind, best) ?? Clarify(MainTexts.Which(kind), best.Select(m => (kind, m.Id)), lookup);
            }
        }

        return null;
    }

    /// <summary>Remembers what was answered about, for the follow-up questions that do not name it again.</summary>
    protected static void Remember(ConversationMemory memory, EntityKind kind, string id)
    {
        memory.LastTopicKind = kind.ToString();
        memory.LastTopicId = id;
    }

    /// <summary>A clarifying question offering the given entities.</summary>
    protected static Outcome Clarify(string question, IEnumerable<(EntityKind Kind, string Id)> candidates, EventLookup lookup)
    {
        var choices = candidates.Distinct()
            .Select(c => new Choice(EventLookup.Key(c.Kind, c.Id), lookup.Title(c.Kind, c.Id)))
            .ToList();
        return new Outcome(null, new ChoicePrompt.Options(question, choices));
    }

    /// <summary>
    /// The entities of one kind the question names with the best score; more than one means the
    /// question is ambiguous between them.
    /// </summary>
    protected static IReadOnlyList<EntityMatch> Best(Question question, EntityKind kind)
    {
        var matches = question.Understanding.Of(kind).ToList();
        if (matches.Count == 0)
        {
            return [];
        }

        var top = matches.Max(m => m.Score);
        return matches.Where(m => m.Score >= top - 0.01).DistinctBy(m => m.Id).ToList();
    }
}
