using EventBot.Dialogs.Facts;
using EventBot.Dialogs.Replies;
using EventBot.Domain.Insight;
using EventBot.Language.Readings;
using EventBot.Language.Sources;
using EventBot.Language.Text;
using EventBot.Language.Understanding;

namespace EventBot.Dialogs.Main;

/// <summary>An answer the reading of a question gave, and why it counts as unanswered when it does.</summary>
public sealed record ReadAnswer(Reply Reply, UnansweredReason? Unanswered = null);

/// <summary>
/// What the reading of a question (<see cref="Reading"/>) decides before the intent's routes: the answers from the data
/// (<see cref="FactAnswers"/>), the honest answers about names and subjects the documents never mention, the sentence of
/// the documents that answers, and which thing a question is really about.
/// </summary>
public sealed class ReadingAnswers(EventKnowledge knowledge)
{
    /// <summary>
    /// The reading's subject decides what is described, not a cue word or a second name: "Milouda Ala, qu'est-ce qu'elle a
    /// fait pendant la semaine ?" is about her; "Rouzeau ou Rousseau, celui de Valenciennes Métropole" is the one of that
    /// structure; "les parcours proposés le 16 octobre" asks for the parcours, whatever day is said.
    /// </summary>
    public Question SubjectFirst(Question question)
    {
        var understanding = question.Understanding;
        if (understanding.Reading is not { Attribute: AskedAttribute.None or AskedAttribute.Parcours or AskedAttribute.Speakers } reading
            || reading.Operation is not (Operation.Describe or Operation.Who)) return question;

        var speakers = understanding.Of(EntityKind.Speaker).ToList();
        if (speakers.Count >= 2 && reading.Subject(EntityKind.Organisation, EntityKind.Place) is { } structure)
        {
            var names = FrenchNormaliser.Fold(new EventLookup(knowledge.Data).Title(structure.Kind, structure.Id));
            var catalog = Domain.Catalog.EventCatalog.Of(knowledge.Data);
            var theirs = speakers.Where(s => catalog.Speaker(s.Id)?.Appearances[0].Speaker is { } p
                                             && FrenchNormaliser.Fold($"{p.Role} {p.Organisation}").Contains(names, StringComparison.Ordinal)).ToList();
            if (theirs.Count == 1)
                return question with { Understanding = understanding with { Entities = theirs, Intent = Intent.Intervenant } };
        }

        // "Matthieu de l'ADULM, il a présenté quoi ?": the person's own structure only says which person.
        if (speakers is [var only] && reading.Attribute == AskedAttribute.None && reading.Subject(EntityKind.Organisation) is { } own
            && Domain.Catalog.EventCatalog.Of(knowledge.Data).Speaker(only.Id)?.Appearances.Any(a => a.Speaker.OrganisationId == own.Id) == true
            && reading.Subjects.All(x => x.Kind is EntityKind.Speaker or EntityKind.Organisation or EntityKind.Week or EntityKind.Session))
            return question with { Understanding = understanding with { Entities = [only], Intent = Intent.Intervenant } };

        if (reading.Attribute == AskedAttribute.None && reading.Subjects is [{ Kind: EntityKind.Speaker } first, ..] && understanding.Intent != Intent.Intervenant
            && reading.Subjects.Skip(1).All(x => x.Kind is EntityKind.Week or EntityKind.WeekEvent))
            return question with { Understanding = understanding with { Entities = [first], Intent = Intent.Intervenant } };

        if (understanding.Intent is Intent.Programme or Intent.Now && reading.Operation == Operation.Describe && !understanding.Entities.Any(e => e.Kind != EntityKind.WeekEvent))
        {
            var asked = reading.Attribute switch { AskedAttribute.Parcours => Intent.Parcours, AskedAttribute.Speakers => Intent.Intervenant, _ => (Intent?)null };
            if (asked is { } topic) return question with { Understanding = understanding with { Intent = topic } };
        }

        return question;
    }

    /// <summary>
    /// The answer the reading of the question gives before any route a cue word would choose: a count, a comparison, a
    /// check, an attribute the data holds (<see cref="FactAnswers"/>); someone the documents never mention; a "qui" about
    /// nothing the documents speak of; or the source sentence that says who, why or what a thing is called.
    /// </summary>
    public ReadAnswer? Answer(Understanding understanding)
    {
        var facts = new FactAnswers(knowledge.Data);
        if (facts.Answer(understanding) is { } fact) return new ReadAnswer(fact);
        if (understanding.Reading is not { } reading) return null;
        var asksWho = reading.Operation == Operation.Who || understanding.Intent == Intent.Intervenant;
        // Someone the documents never name, asked about and nothing else of the event that could answer instead.
        if (understanding.UnknownNames.Count > 0 && !understanding.Entities.Any(e => e.Kind is EntityKind.Speaker or EntityKind.Session or EntityKind.Parcours)
            && (asksWho || reading.Operation == Operation.Check || reading.Attribute == AskedAttribute.Speakers))
            return new ReadAnswer(new Reply(FactTexts.UnknownName(understanding.UnknownNames[0]), null, MainTexts.Suggestions), UnansweredReason.Unknown);
        if (asksWho && understanding.OutsideSources)
            return new ReadAnswer(new Reply(MainTexts.Unknown, null, MainTexts.Suggestions), UnansweredReason.OutOfScope);
        if (reading.Operation == Operation.Meaning)
            return understanding.Meaning is { } meaning
                ? new ReadAnswer(meaning.Expansion is { } expansion
                    ? FactTexts.Stands(meaning.Term, expansion, meaning.Sentence.Text, meaning.Sentence.Document)
                    : FactTexts.UsedAs(meaning.Term, meaning.Sentence.Text, meaning.Sentence.Document))
                : new ReadAnswer(new Reply(FactTexts.MeaningUnknown, null, MainTexts.Suggestions), UnansweredReason.Unknown);
        // A claim about a thing that the data neither confirms nor denies: what the documents say of it. A person's claims are
        // the speaker's answer's, a subject the documents never cover the honest "je n'ai pas".
        if (understanding.Intent is not (Intent.Unknowable or Intent.OutOfScope) && !understanding.Of(EntityKind.Speaker).Any()
            && facts.Unverified(understanding) is { } unverified)
            return new ReadAnswer(unverified);
        // The sentence of the documents answers who, why and what a thing is called; a question of what ("a débuté par quoi ?",
        // "sur quel exemple ?") when it holds all its words; a person's structure when the person is named only there.
        // Not a question of the programme (a day said, the whole week only) nor of what came after. It is looked for only then.
        // "La démarche des ambassadeurs dont on a parlé pendant la semaine" asks what a thing of the week is, not the week.
        var weekOnlyQualifies = reading.Subjects.Count > 0 && reading.Subjects.All(x => x.Kind == EntityKind.Week) && reading.ContentWords.Count >= 2;
        var mayAskWhat = reading is { Operation: Operation.Describe, Interrogative: true, Attribute: AskedAttribute.None, Sequence: false, ListOfKind: false }
                         && (reading.Subjects.Any(x => x.Kind != EntityKind.Week) ? understanding.Date is null
                             : weekOnlyQualifies && (understanding.Date is null || understanding.Date.Dates.Count >= 5));
        var namesSomeoneElse = reading is { Attribute: AskedAttribute.Organisation, Interrogative: true } && !understanding.Of(EntityKind.Speaker).Any();
        var mayAskWho = reading is { Operation: Operation.Who, Attribute: AskedAttribute.None };
        if (!(reading.Operation is Operation.Why or Operation.Name || mayAskWhat || namesSomeoneElse || mayAskWho) || understanding.Quote is not { } quote)
            return null;
        // "Qui a présenté la démarche d'ambassadeurs ?": a who the structured answers have no attribute for, two words found at least.
        var answers = reading.Operation is Operation.Why or Operation.Name || namesSomeoneElse
                      || (mayAskWho && quote.WordsHeld >= 2)
                      || (mayAskWhat && quote is { Coverage: >= 0.99, WordsHeld: >= 2 });
        return answers ? new ReadAnswer(Quoted(quote)) : null;
    }

    public static Reply Quoted(SourceAnswer quote) => FactTexts.Quote(quote.Sentence.Text, quote.Sentence.Document);
}
