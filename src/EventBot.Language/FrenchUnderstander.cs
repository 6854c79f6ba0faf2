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

    public Search.KnowledgeSearch Search { get; }

    /// <summary>Loads the recognizers' models once (≈ 1 s cold) so that the first user does not wait.</summary>
    public static void WarmUp()
    {
        EventDateResolver.WarmUp();
        EmailRecognizer.WarmUp();
    }

    public Understanding.Understanding Understand(string text, DateTimeOffset localNow)
    {
        var message = FrenchNormaliser.Normalise(text);
        // A common word typed as it is ("dites") is not a misspelt name ("Ditte").
        var notNames = ReadingWords.Default["not-names"].Where(p => p.Length == 1).Select(p => p[0]).ToHashSet();
        var entities = _entities.Recognize(message).Where(e => e.Score >= 1 || e.TokenCount != 1 || !notNames.Contains(message.Tokens[e.TokenStart])).ToList();
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
        return understanding with { Quote = _sources.Answer(understanding) };
    }

    public void Dispose() => Search.Dispose();
}
