using EventBot.Dialogs.Main;
using EventBot.Dialogs.Replies;
using EventBot.Domain.Model;
using EventBot.Language.Understanding;

namespace EventBot.Dialogs.Ressource;

/// <summary>"La bibliographie", "le programme en pdf", "les fiches expérience", "le lien du webdoc".</summary>
public sealed class RessourceDialog(Func<EventData> data) : AnswerDialog(DialogId, data)
{
    public const string DialogId = "ressource";

    private static readonly EntityKind[] Order =
        [EntityKind.Fiche, EntityKind.Resource, EntityKind.Link, EntityKind.Parcours];

    protected override Outcome? Answer(Question question, EventLookup lookup)
    {
        var answers = new RessourceAnswers(lookup.Data);

        // "Les fiches expérience" names them all: the list answers better than a question.
        return AnswerFirstNamed(question, lookup, Order, (kind, _) => kind == EntityKind.Fiche ? answers.Fiches() : (Outcome?)null)
            ?? question.Intent switch
            {
                Intent.Fiche => answers.Fiches(),
                Intent.Lien => answers.Links(),
                _ => answers.List(),
            };
    }

    protected override Reply AnswerChosen(Intent intent, EntityKind kind, string id, EventLookup lookup)
    {
        var answers = new RessourceAnswers(lookup.Data);
        return kind switch
        {
            EntityKind.Fiche when lookup.Fiche(id) is { } f => answers.DescribeFiche(f),
            EntityKind.Resource when lookup.Resource(id) is { } r => answers.Describe(r),
            EntityKind.Link when lookup.Link(id) is { } l => answers.DescribeLink(l),
            EntityKind.Parcours when lookup.Parcours(id) is { } p => answers.OfParcours(p),
            _ => answers.List(),
        };
    }
}
