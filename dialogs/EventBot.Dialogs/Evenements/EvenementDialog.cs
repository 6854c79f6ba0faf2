using EventBot.Dialogs.Main;
using EventBot.Dialogs.Replies;
using EventBot.Domain.Model;
using EventBot.Language.Understanding;

namespace EventBot.Dialogs.Evenements;

/// <summary>"C'est quoi le World Forum ?", "qui organise ?", "le PAQTE", "c'est quoi l'IREV ?".</summary>
public sealed class EvenementDialog(Func<EventData> data) : AnswerDialog(DialogId, data)
{
    public const string DialogId = "evenement";

    protected override Outcome? Answer(Question question, EventLookup lookup)
    {
        var answers = new EvenementAnswers(lookup.Data);
        switch (question.Intent)
        {
            case Intent.Paqte:
                return answers.Paqte();
            case Intent.Organisers when Best(question, EntityKind.Organisation) is [var organisation] && lookup.Organisation(organisation.Id) is { } named:
                return new Intervenant.IntervenantAnswers(lookup.Data).OfOrganisation(named) ?? answers.DescribeOrganisation(named);
            case Intent.Organisers when question.Understanding.Entities.All(e => e.Kind is EntityKind.Week or EntityKind.Organisation):
                return answers.Organisers();
            case Intent.Organisers when !question.Understanding.Of(EntityKind.WeekEvent).Any():
                // "Qu'organise Fashion Green Hub ?" is about the thing named, not the week's organisers.
                return null;
        }

        var events = Best(question, EntityKind.WeekEvent);
        if (events is [var one])
        {
            return Answered(question.Intent, EntityKind.WeekEvent, one.Id, lookup);
        }

        if (events.Count > 1)
        {
            return Clarify(Main.MainTexts.Which(EntityKind.WeekEvent), events.Select(m => (EntityKind.WeekEvent, m.Id)), lookup);
        }

        if (Best(question, EntityKind.Organisation) is [var org])
        {
            return Answered(question.Intent, EntityKind.Organisation, org.Id, lookup);
        }

        return question.Understanding.Of(EntityKind.Paqte).Any() ? answers.Paqte() : answers.Week();
    }

    protected override Reply AnswerChosen(Intent intent, EntityKind kind, string id, EventLookup lookup)
    {
        var answers = new EvenementAnswers(lookup.Data);
        return kind switch
        {
            EntityKind.WeekEvent when lookup.Event(id) is { } e => answers.Describe(e),
            EntityKind.Organisation when lookup.Organisation(id) is { } o => answers.DescribeOrganisation(o),
            _ => answers.Week(),
        };
    }
}
