using EventBot.Dialogs.Main;
using EventBot.Dialogs.Replies;
using EventBot.Domain.Model;
using EventBot.Language.Understanding;

namespace EventBot.Dialogs.Lieu;

/// <summary>"Où est l'accueil ?", "où a lieu l'atelier sur l'économie informelle ?", "c'est où la Plaine Images ?".</summary>
public sealed class LieuDialog(Func<EventData> data) : AnswerDialog(DialogId, data)
{
    public const string DialogId = "lieu";

    /// <summary>What is asked about, most specific first: a session is more precise than its parcours.</summary>
    private static readonly EntityKind[] Order =
        [EntityKind.Speaker, EntityKind.Resource, EntityKind.Fiche, EntityKind.Link, EntityKind.Session, EntityKind.Place, EntityKind.Parcours, EntityKind.WeekEvent, EntityKind.Week];

    protected override Outcome? Answer(Question question, EventLookup lookup) =>
        AnswerFirstNamed(question, lookup, Order, (kind, best) =>
        {
            // "Dans quelle salle est la table ronde ?": when no candidate has a room, one answer fits all.
            var sessions = best.Select(m => lookup.Session(m.Id)).OfType<Session>().ToList();
            return kind == EntityKind.Session && sessions.All(s => s.Room is null && s.PlaceId is null)
                ? new LieuAnswers(lookup.Data).WhereAreSessions(sessions)
                : (Outcome?)null;
        })
        ?? new LieuAnswers(lookup.Data).Places();

    protected override Reply AnswerChosen(Intent intent, EntityKind kind, string id, EventLookup lookup)
    {
        var answers = new LieuAnswers(lookup.Data);
        return kind switch
        {
            EntityKind.Speaker => new Intervenant.IntervenantAnswers(lookup.Data).Speaker(id),
            EntityKind.Resource when lookup.Resource(id) is { } r => new Ressource.RessourceAnswers(lookup.Data).Describe(r),
            EntityKind.Fiche when lookup.Fiche(id) is { } f => new Ressource.RessourceAnswers(lookup.Data).DescribeFiche(f),
            EntityKind.Link when lookup.Link(id) is { } l => new Ressource.RessourceAnswers(lookup.Data).DescribeLink(l),
            EntityKind.Session when lookup.Session(id) is { } s => answers.WhereIsSession(s),
            EntityKind.Place when lookup.Place(id) is { } p => answers.DescribePlace(p),
            EntityKind.Parcours when lookup.Parcours(id) is { } p => answers.WhereIsParcours(p),
            EntityKind.WeekEvent when lookup.Event(id) is { } e => answers.WhereIsEvent(e),
            EntityKind.Week => new Evenements.EvenementAnswers(lookup.Data).Week(),
            _ => answers.Places(),
        };
    }
}
