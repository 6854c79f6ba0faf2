namespace EventBot.Language.Understanding;

/// <summary>What EventBot understood of one message.</summary>
public sealed record Understanding(
    string Text,
    string Normalised,
    Intent Intent,
    double Confidence,
    IReadOnlyList<EntityMatch> Entities,
    DateResolution? Date,
    IReadOnlyList<string> UnknowableTopics)
{
    /// <summary>What the message asks of the person's own sign-up or data, when it does.</summary>
    public SignUps.SignUpAction SignUpAction { get; init; }

    /// <summary>What the message asks of the reminders ("rappelle-moi …", "stop rappels"), when it does.</summary>
    public Reminders.ReminderRequest Reminder { get; init; } = Reminders.ReminderRequest.None;

    /// <summary>An organisers' command ("combien d'inscrits ?", "annonce aux inscrits … : …"), whoever sent it.</summary>
    public Organisers.OrganiserCommand OrganiserCommand { get; init; } = Organisers.OrganiserCommand.None;

    /// <summary>The readings of the message, best supported first (<see cref="Readings.QuestionReader"/>).</summary>
    public IReadOnlyList<Readings.Reading> Readings { get; init; } = [];

    /// <summary>The other questions of the same message, each understood on its own ("… c'est qui ? et …, de quelle structure ?").</summary>
    public IReadOnlyList<Understanding> FurtherQuestions { get; init; } = [];

    /// <summary>The sentence of the source documents that answers the message, when one does well enough.</summary>
    public Sources.SourceAnswer? Quote => QuoteFinder?.Value;

    /// <summary>Finds <see cref="Quote"/> the first time it is asked for: most messages never need it.</summary>
    public Lazy<Sources.SourceAnswer?>? QuoteFinder { get; init; }

    /// <summary>What the word the message asks the meaning of stands for in the documents ("ESS", "Rep+").</summary>
    public Sources.TermMeaning? Meaning => MeaningFinder?.Value;

    /// <summary>Finds <see cref="Meaning"/> the first time it is asked for.</summary>
    public Lazy<Sources.TermMeaning?>? MeaningFinder { get; init; }

    /// <summary>People's names said in the message that the documents do not mention ("Martine Aubry").</summary>
    public IReadOnlyList<string> UnknownNames { get; init; } = [];

    /// <summary>The content words of the best reading that neither the documents nor the event data use ("remporté", "municipales").</summary>
    public IReadOnlyList<string> WordsOutsideSources { get; init; } = [];

    /// <summary>The message names nothing of the event and most of what it says the documents never use: it is not about the event.</summary>
    public bool OutsideSources =>
        Entities.Count == 0 && Reading is { ContentWords.Count: > 0 } reading && WordsOutsideSources.Count * 2 > reading.ContentWords.Count;

    /// <summary>The best-supported reading, or null when the message was not read as a question.</summary>
    public Readings.Reading? Reading => Readings.Count > 0 ? Readings[0] : null;

    public IEnumerable<EntityMatch> Of(EntityKind kind) => Entities.Where(e => e.Kind == kind);
    public EntityMatch? Best(EntityKind kind) => Of(kind).OrderByDescending(e => e.Score).FirstOrDefault();
}

/// <summary>
/// A date or time named in a message, resolved against the user's local time and chosen against the
/// event's calendar. <see cref="Dates"/> lists every day meant ("la semaine" gives five);
/// <see cref="Time"/> is set when an hour was said; <see cref="Relative"/> tells what the
/// expression was relative to (aujourd'hui, demain, maintenant, ce soir, ensuite) when it was.
/// </summary>
public sealed record DateResolution(
    IReadOnlyList<DateOnly> Dates,
    TimeOnly? Time,
    RelativeDay? Relative,
    string MatchedText);

/// <summary>
/// What a relative expression refers to. <see cref="Next"/> and <see cref="DayBefore"/> ("et après ?",
/// "le lendemain", "la veille") are relative to the day the conversation was about, else to today.
/// </summary>
public enum RelativeDay { Today, Tomorrow, Yesterday, Now, Tonight, Next, ThisWeek, DayBefore }
