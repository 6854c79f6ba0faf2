namespace EventBot.Domain.Insight;

/// <summary>
/// The questions the bot could not answer, counted, so that organisers see what to add to the event data. Only the
/// question's text is kept, after <see cref="QuestionRedactor"/>: no user, no conversation, no e-mail or phone number.
/// </summary>
public interface IUnansweredQuestions
{
    /// <summary>Counts one more asking of <paramref name="question"/> (redacted and normalised here).</summary>
    void Record(string question, UnansweredReason reason, DateTimeOffset at);

    /// <summary>The most asked first (then the most recent), at most <paramref name="limit"/>.</summary>
    IReadOnlyList<UnansweredQuestion> MostAsked(int limit);
}

public enum UnansweredReason
{
    /// <summary>About the event, but the documents do not say it.</summary>
    Unknown,

    /// <summary>Answered, but without the detail asked (a dress code, a deadline…).</summary>
    Partial,

    /// <summary>Nothing in the message could be understood.</summary>
    NotUnderstood,

    /// <summary>Not about the event.</summary>
    OutOfScope,
}

/// <param name="Text">The question as last asked, redacted.</param>
public sealed record UnansweredQuestion(string Text, int Count, DateTimeOffset FirstAskedAt, DateTimeOffset LastAskedAt, UnansweredReason Reason);
