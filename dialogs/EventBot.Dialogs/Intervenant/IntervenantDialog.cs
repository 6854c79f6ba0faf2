using EventBot.Dialogs.Evenements;
using EventBot.Dialogs.Main;
using EventBot.Dialogs.Replies;
using EventBot.Domain.Model;
using EventBot.Language.Understanding;

namespace EventBot.Dialogs.Intervenant;

/// <summary>"Qui est Benoit Frys ?", "qui intervient à la table ronde ?", "les intervenants du parcours Emergence".</summary>
public sealed class IntervenantDialog(Func<EventData> data) : AnswerDialog(DialogId, data)
{
    public const string DialogId = "intervenant";

    private static readonly EntityKind[] Order =
        [EntityKind.Speaker, EntityKind.Session, EntityKind.Fiche, EntityKind.Organisation, EntityKind.WeekEvent, EntityKind.Parcours, EntityKind.Place];

    protected override Outcome? Answer(Question question, EventLookup lookup)
    {
        // "Des intervenants de Dunkerque ?": a word of the speakers' organisations says more than the event named.
        if (!question.Understanding.Entities.Any(e => e.Kind is EntityKind.Speaker or EntityKind.Session) &&
            new IntervenantAnswers(lookup.Data).OfWords(question.Understanding.Normalised) is { } byWord)
        {
            return byWord;
        }

        if (AnswerFirstNamed(question, lookup, Order) is { } answer)
        {
            return answer;
        }

        // "Qui vient de la META ?": an organisation the speakers' lines name, though it is not one of the event's.
        if (new IntervenantAnswers(lookup.Data).OfWords(question.Understanding.Normalised) is { } fromOrganisation)
        {
            return fromOrganisation;
        }

        var popUp = lookup.Data.Events.FirstOrDefault(e => lookup.Data.Parcours.Any(p => p.EventId == e.Id));
        return Clarify(
            new IntervenantAnswers(lookup.Data).Overview(popUp).Text,
            lookup.Data.Parcours.Select(p => (EntityKind.Parcours, p.Id)),
            lookup);
    }

    protected override Reply AnswerChosen(Intent intent, EntityKind kind, string id, EventLookup lookup)
    {
        var answers = new IntervenantAnswers(lookup.Data);
        return kind switch
        {
            EntityKind.Speaker => answers.Speaker(id),
            EntityKind.Session when lookup.Session(id) is { } s => answers.OfSession(s),
            EntityKind.WeekEvent when lookup.Event(id) is { } e => answers.OfEvent(e),
            EntityKind.Parcours when lookup.Parcours(id) is { } p => answers.OfParcours(p),
            EntityKind.Fiche when lookup.Fiche(id) is { } f => answers.OfFiche(f),
            EntityKind.Place when lookup.Place(id) is { } p =>
                answers.OfPlace(p) ?? new Lieu.LieuAnswers(lookup.Data).DescribePlace(p),
            EntityKind.Organisation when lookup.Organisation(id) is { } o =>
                answers.OfOrganisation(o) ?? new EvenementAnswers(lookup.Data).DescribeOrganisation(o),
            _ => IntervenantTexts.NotFound,
        };
    }
}
