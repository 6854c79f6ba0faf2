using EventBot.Domain.Model;
using EventBot.Language.Dates;
using EventBot.Language.Entities;
using EventBot.Language.Intents;
using EventBot.Language.Organisers;
using EventBot.Language.Reminders;
using EventBot.Language.Readings;
using EventBot.Language.SignUps;
using EventBot.Language.Sources;
using EventBot.Language.Text;
using EventBot.Language.Understanding;

namespace EventBot.Language;

/// <summary>
/// Understands French messages about one <see cref="EventData"/>: normalisation, entities, date, intent.
/// Built from the data (cheap: rebuild it when the data changes); immutable afterwards, so one
/// instance serves concurrent turns. <see cref="Search"/> answers what no intent covers.
/// </summary>
public sealed class FrenchUnderstander : IUnderstander, IDisposable
{
    private readonly EntityRecognizer _entities;
    private readonly EventDateResolver _dates;
    private readonly IntentClassifier _intents = new();

    public FrenchUnderstander(EventData data)
    {
        _entities = new EntityRecognizer(data);
        _dates = new EventDateResolver(data.Week.StartDate, data.Week.EndDate);
        Search = new Search.KnowledgeSearch(data);
        _sources = new SourceReader(data);
    }

    private readonly SourceReader _sources;

    private static readonly HashSet<string> NotNames = [.. ReadingWords.Default["not-names"].Where(p => p.Length == 1).Select(p => p[0])];

    public Search.KnowledgeSearch Search { get; }

    /// <summary>Loads the recognizers' models once (≈ 1 s cold) so that the first user does not wait.</summary>
    public static void WarmUp()
    {
        EventDateResolver.WarmUp();
        EmailRecognizer.WarmUp();
    }

    public Understanding.Understanding Understand(string text, DateTimeOffset localNow)
    {
        var whole = UnderstandOne(text, localNow, []);
        // "Le président du Geiq, c'est qui ? et Boone, il est de quelle entreprise ?": several questions, each understood on
        // its own. Not a sign-up, a reminder or an organiser's command, which read the whole message.
        if (whole.SignUpAction != SignUps.SignUpAction.None || whole.Reminder.Action != ReminderAction.None
            || whole.OrganiserCommand.Kind != OrganiserCommandKind.None || QuestionParts.Split(text) is not { Count: > 1 } parts)
        {
            return whole;
        }

        var first = UnderstandOne(parts[0], localNow, []);
        // A later part that names nothing is about what the first one named ("…, et c'est quand ?"): those things, said
        // nowhere in it (no words of its own).
        var named = first.Entities.Select(e => e with { TokenStart = 0, TokenCount = 0 }).ToList();
        return first with { FurtherQuestions = [.. parts.Skip(1).Select(part => UnderstandOne(part, localNow, named))] };
    }

    private Understanding.Understanding UnderstandOne(string text, DateTimeOffset localNow, IReadOnlyList<EntityMatch> inherited)
    {
        var message = FrenchNormaliser.Normalise(text);
        // A common word typed as it is ("dites") is not a misspelt name ("Ditte").
        List<EntityMatch> entities =
            [.. _entities.Recognize(message).Where(e => e.Score >= 1 || e.TokenCount != 1 || !NotNames.Contains(message.Tokens[e.TokenStart]))];
        if (entities.Count == 0) entities = [.. inherited];
        var date = _dates.Resolve(text, message, localNow, IntentClassifier.InsideNames(entities));
        var intent = _intents.Classify(message, entities, date);
        var readings = QuestionReader.Default.Read(message, entities);
        var understanding = new Understanding.Understanding(text, message.Text, intent.Intent, intent.Confidence, entities, date, intent.UnknowableTopics)
        {
            SignUpAction = SignUpActionRecognizer.Recognize(message),
            Reminder = ReminderRequestRecognizer.Recognize(text, message),
            OrganiserCommand = OrganiserCommandRecognizer.Recognize(text, message),
            Readings = readings,
            UnknownNames = _sources.UnknownNames(text, entities),
            WordsOutsideSources = readings.Count == 0 ? [] : [.. readings[0].ContentWords.Where(w => !_sources.Mentions(w))],
        };
        // The sentence of the documents is looked for only by the answers that use it.
        return understanding with
        {
            QuoteFinder = new Lazy<SourceAnswer?>(() => _sources.Answer(understanding)),
            MeaningFinder = new Lazy<TermMeaning?>(() => _sources.Meaning(understanding)),
        };
    }

    public void Dispose() => Search.Dispose();
}
