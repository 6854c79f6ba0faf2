using EventBot.Dialogs.Framework;
using EventBot.Dialogs.Main;
using EventBot.Dialogs.Replies;
using EventBot.Domain.Model;
using EventBot.Language.Understanding;

namespace EventBot.Dialogs.Parcours;

/// <summary>
/// The six parcours and their sessions: what one is about, the list, a clarifying question when a
/// session name is ambiguous, and choosing a parcours (advised from the person's profile when it says
/// enough). Signing up itself arrives with the sign-up dialog (issue #3).
/// </summary>
public sealed class ParcoursDialog(Func<EventData> data, ParcoursAdvisor advisor) : AnswerDialog(DialogId, data)
{
    public const string DialogId = "parcours";

    protected override Outcome? Answer(Question question, EventLookup lookup)
    {
        var answers = new ParcoursAnswers(lookup.Data);
        var parcours = Best(question, EntityKind.Parcours);
        var named = parcours.Count == 1 ? lookup.Parcours(parcours[0].Id) : null;

        // "L'atelier du parcours Attractivité": only that parcours's sessions are meant.
        var sessions = Best(question, EntityKind.Session)
            .Where(s => named is null || named.Sessions.Any(x => x.Id == s.Id)).ToList();
        if (question.Intent == Intent.Session || parcours.Count == 0)
        {
            if (sessions is [var one] && lookup.Session(one.Id) is { } session)
            {
                Remember(question.Memory, EntityKind.Session, session.Id);
                return Answered(question.Intent, EntityKind.Session, session.Id, lookup);
            }

            if (sessions.Count > 1)
            {
                return Clarify(Main.MainTexts.Which(EntityKind.Session), sessions.Select(s => (EntityKind.Session, s.Id)), lookup);
            }

            var atPlace = Best(question, EntityKind.Place).SelectMany(p => lookup.Data.Parcours.SelectMany(x => x.Sessions).Where(s => s.PlaceId == p.Id)).ToList();
            if (atPlace is [var held])
            {
                return answers.DescribeSession(held);
            }

            var ofKind = SessionsOfKindNamed(question, lookup).Where(s => named is null || named.Sessions.Contains(s)).ToList();
            if (ofKind is [var onlyOne] && (question.Intent == Intent.Session || named is not null))
            {
                return answers.DescribeSession(onlyOne);
            }

            if (ofKind.Count > 1 && AsksForAll(question))
            {
                return answers.Sessions(ofKind);
            }

            if (question.Intent == Intent.Session && ofKind.Count > 1)
            {
                return Clarify(Main.MainTexts.Which(EntityKind.Session), ofKind.Select(s => (EntityKind.Session, s.Id)), lookup);
            }
        }

        // "Quel parcours est fait avec BPI France ?": the parcours that organisation is a partner of.
        var partnered = Best(question, EntityKind.Organisation)
            .SelectMany(o => lookup.Data.Parcours.Where(p => p.PartnerIds.Contains(o.Id))).Distinct().ToList();
        if (parcours.Count == 0 && partnered is [var withPartner])
        {
            Remember(question.Memory, EntityKind.Parcours, withPartner.Id);
            return answers.Describe(withPartner);
        }

        var advice = parcours.Count <= 1 ? advisor.Advise(question, lookup.Data) : null;
        if (parcours is [var p] && lookup.Parcours(p.Id) is { } found)
        {
            Remember(question.Memory, EntityKind.Parcours, found.Id);
            // "Je suis conseiller citoyen, quel parcours ?" names the parcours through its audience.
            if (advice?.Parcours.Id != found.Id)
            {
                return Answered(question.Intent, EntityKind.Parcours, found.Id, lookup);
            }

            question.Memory.OfferedParcoursId = found.Id;
            return answers.Describe(found, ParcoursTexts.Recommend(found.Name, advice.Reason));
        }

        if (parcours.Count > 1)
        {
            return Clarify(ParcoursTexts.ChooseQuestion, parcours.Select(m => (EntityKind.Parcours, m.Id)), lookup);
        }

        if (advice is not null)
        {
            question.Memory.OfferedParcoursId = advice.Parcours.Id;
            Remember(question.Memory, EntityKind.Parcours, advice.Parcours.Id);
            return answers.Describe(advice.Parcours, ParcoursTexts.Recommend(advice.Parcours.Name, advice.Reason));
        }

        var list = ParcoursAdvisor.AdviceAsked(question) ? answers.List(ParcoursTexts.NoAdvice) : answers.List();
        return new Outcome(null, new ChoicePrompt.Options(list.Text, answers.Choices().Select(c => c with { Value = EventLookup.Key(EntityKind.Parcours, c.Value) }).ToList(), list.Card));
    }

    protected override Reply AnswerChosen(Intent intent, EntityKind kind, string id, EventLookup lookup)
    {
        var answers = new ParcoursAnswers(lookup.Data);
        return kind switch
        {
            EntityKind.Session when lookup.Session(id) is { } s => answers.DescribeSession(s),
            EntityKind.Parcours when lookup.Parcours(id) is { } p => answers.Describe(p),
            _ => answers.List(),
        };
    }

    /// <summary>Whether the message names a kind of session (atelier, visite, table ronde, plateau radio).</summary>
    public static bool NamesSessionKind(Question question) =>
        question.Understanding.Normalised.Split(' ').Any(w => w.StartsWith("atelier", StringComparison.Ordinal) ||
            w.StartsWith("visite", StringComparison.Ordinal) || w is "table" or "plateau" or "decouverte");

    /// <summary>"Quelles visites…", "les ateliers": the message asks for all of them, not for one.</summary>
    private static bool AsksForAll(Question question) =>
        question.Understanding.Normalised.Split(' ').Any(w => w is "quels" or "quelles" or "les" or "liste" or "tous" or "toutes");

    /// <summary>"L'atelier", "la table ronde": every session of the kind the message names (a visit includes a discovery).</summary>
    private static List<Session> SessionsOfKindNamed(Question question, EventLookup lookup)
    {
        var words = question.Understanding.Normalised.Split(' ');
        var kinds = SessionKinds.All.Where(k => k.Split('-').All(part => words.Any(w => w.StartsWith(part, StringComparison.Ordinal)))).ToList();
        if (kinds.Contains(SessionKinds.Visite))
        {
            kinds.Add(SessionKinds.Decouverte);
        }

        return lookup.Data.Parcours.SelectMany(p => p.Sessions).Where(s => kinds.Contains(s.Kind)).ToList();
    }
}
