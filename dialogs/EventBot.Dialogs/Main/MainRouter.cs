using EventBot.Dialogs.Evenements;
using EventBot.Dialogs.Framework;
using EventBot.Dialogs.Inscription;
using EventBot.Dialogs.Intervenant;
using EventBot.Dialogs.Lieu;
using EventBot.Dialogs.Organisateurs;
using EventBot.Dialogs.Parcours;
using EventBot.Dialogs.Programme;
using EventBot.Dialogs.Rappels;
using EventBot.Dialogs.Replies;
using EventBot.Dialogs.Ressource;
using EventBot.Domain.Insight;
using EventBot.Language.Organisers;
using EventBot.Language.Readings;
using EventBot.Language.Reminders;
using EventBot.Language.SignUps;
using EventBot.Language.Text;
using EventBot.Language.Understanding;

namespace EventBot.Dialogs.Main;

/// <summary>
/// Sends a question to the dialog that answers it: by intent first, then by the kind of thing the
/// message names, then by a search over everything the event data says. What none of them can answer
/// gets the honest "je n'ai pas cette information" with what the bot can do instead.
/// </summary>
public sealed class MainRouter(EventKnowledge knowledge)
{
    private readonly ReadingAnswers _reading = new(knowledge);
    private readonly InterestAdvisor _interestAdvisor = new();

    /// <summary>
    /// Answers the message's question, then each further question it asks ("… c'est qui ? et …, de quelle structure ?"),
    /// as long as no dialog waits for an answer from the person.
    /// </summary>
    public async Task RouteAsync(DialogContext dc, Question question, CancellationToken cancellationToken)
    {
        await RouteOneAsync(dc, question, cancellationToken);
        foreach (var further in question.Understanding.FurtherQuestions)
        {
            if (dc.ActiveDialog is not null) return;
            await RouteOneAsync(dc, question with { Understanding = further }, cancellationToken);
        }
    }

    private async Task RouteOneAsync(DialogContext dc, Question question, CancellationToken cancellationToken)
    {
        var intent = question.Intent;
        var offered = question.Memory.OfferedParcoursId;
        question.Memory.OfferedParcoursId = null;
        if (offered is not null && SignUpDialog.YesNo(question.Understanding.Text) == true)
        {
            // "Oui" to "voulez-vous vous y inscrire ?" after advice: the sign-up for that parcours.
            var accepted = question with
            {
                Understanding = question.Understanding with { Entities = [new EntityMatch(EntityKind.Parcours, offered, "", 1)] },
            };
            await dc.BeginDialogAsync(SignUpDialog.DialogId, accepted, cancellationToken);
            return;
        }

        // Set phrases of their own, recognised beside the intents: organisers' commands, then reminders
        // ("rappelle-moi 30 minutes avant mon parcours" is not a question about one's sign-up).
        if (question.Understanding.OrganiserCommand.Kind != OrganiserCommandKind.None)
        {
            await dc.BeginDialogAsync(OrganiserDialog.DialogId, question, cancellationToken);
            return;
        }

        // "Je veux m'inscrire et avoir un rappel": the sign-up brings its reminder and says when it goes.
        if (question.Understanding.Reminder.Action != ReminderAction.None &&
            !(question.Understanding.Reminder.Action == ReminderAction.Set && question.Understanding.SignUpAction == SignUpAction.New))
        {
            await dc.BeginDialogAsync(ReminderDialog.DialogId, question, cancellationToken);
            return;
        }

        // "Je cherche du travail dans la logistique, il y avait quelque chose pour moi ?": what suits the person, before
        // what their words would otherwise ask ("quel parcours m'aurait le plus parlé ?" is no count).
        if (question.Understanding.SignUpAction is SignUpAction.None && InterestAdvisor.SpeaksOfThemselves(question.Understanding, knowledge.Data)
            && question.Understanding.Reading?.Operation is not (Operation.Who or Operation.Where or Operation.Count or Operation.HowLong
                or Operation.Meaning or Operation.Name or Operation.Order)
            && _interestAdvisor.Advise(question.Understanding, knowledge.Data) is { Count: > 0 } suggestions)
        {
            await SuggestAsync(dc, question, suggestions, cancellationToken);
            return;
        }

        if (question.Understanding.SignUpAction is SignUpAction.None && _reading.Answer(question.Understanding) is { } read)
        {
            // Still honest about a detail asked that the answer does not give ("la prochaine édition").
            var reply = AnswerCoverage.Qualify(question, read.Reply);
            if (read.Unanswered is { } reason) Unanswered.Mark(dc.Context, reason);
            else if (!ReferenceEquals(reply, read.Reply)) Unanswered.Mark(dc.Context, UnansweredReason.Partial);
            await dc.Context.SendAsync(reply, cancellationToken);
            return;
        }

        question = _reading.SubjectFirst(question);
        intent = question.Intent;

        // "La date limite d'inscription ?" asks about signing up, for a detail the documents never give.
        if (intent == Intent.Inscription && question.Understanding.SignUpAction is SignUpAction.None &&
            AnswerCoverage.Uncovered(question, "").Count > 0)
        {
            Unanswered.Mark(dc.Context, UnansweredReason.Unknown);
            await dc.Context.SendAsync(new Reply(MainTexts.Unknown, null, [MainTexts.AskSignUpNow]), cancellationToken);
            return;
        }

        // "Faut-il s'inscrire aux circuits courts ?": the bot signs up for the Pop-Up's parcours only.
        var otherEvent = question.Understanding.Of(EntityKind.WeekEvent)
            .Select(e => knowledge.Data.Events.FirstOrDefault(x => x.Id == e.Id))
            .FirstOrDefault(e => e is not null && knowledge.Data.Parcours.All(p => p.EventId != e.Id));
        var action = question.Understanding.SignUpAction;
        if (otherEvent is not null && (action is SignUpAction.New || (action is SignUpAction.None && intent == Intent.Inscription)))
        {
            var about = new EvenementAnswers(knowledge.Data).Describe(otherEvent);
            await dc.Context.SendAsync(about with { Text = MainTexts.SignUpElsewhere(otherEvent.Title) + "\n" + about.Text }, cancellationToken);
            return;
        }

        if ((question.Understanding.SignUpAction is not SignUpAction.None || intent == Intent.Inscription) &&
            dc.Context.Activity.Conversation?.ConversationType is "channel" or "groupChat")
        {
            // Everyone in a channel shares one conversation: names and e-mails are asked in a personal chat only.
            await dc.Context.SendAsync(MainTexts.SignUpInPersonalChat, cancellationToken);
            return;
        }

        if (question.Understanding.SignUpAction is not SignUpAction.None || intent == Intent.Inscription)
        {
            var signUpDialog = question.Understanding.SignUpAction is SignUpAction.None or SignUpAction.New
                ? SignUpDialog.DialogId
                : MySignUpDialog.DialogId;
            await dc.BeginDialogAsync(signUpDialog, question, cancellationToken);
            return;
        }

        switch (intent)
        {
            case Intent.Greeting:
                await dc.Context.SendAsync(new Reply(MainTexts.Greeting, null, MainTexts.Suggestions), cancellationToken);
                return;
            case Intent.Thanks:
                await dc.Context.SendAsync(MainTexts.Thanks, cancellationToken);
                return;
            case Intent.Goodbye:
                await dc.Context.SendAsync(MainTexts.Goodbye, cancellationToken);
                return;
            case Intent.Help:
                await dc.Context.SendAsync(new Reply(MainTexts.Help, null, MainTexts.Suggestions), cancellationToken);
                return;
            case Intent.Cancel:
                await dc.Context.SendAsync(MainTexts.NothingToCancel, cancellationToken);
                return;
            case Intent.Unknowable:
                Unanswered.Mark(dc.Context, UnansweredReason.Unknown);
                await dc.Context.SendAsync(Unknowable(question), cancellationToken);
                return;
            case Intent.OutOfScope when question.Understanding.Entities.Count > 0:
                // "Quel âge a Milouda ALA ?" is about the event, but the documents cannot answer it.
                Unanswered.Mark(dc.Context, UnansweredReason.Unknown);
                await dc.Context.SendAsync(new Reply(MainTexts.Unknown, null, MainTexts.Suggestions), cancellationToken);
                return;
            case Intent.OutOfScope:
                Unanswered.Mark(dc.Context, UnansweredReason.OutOfScope);
                await dc.Context.SendAsync(new Reply(MainTexts.OutOfScope, null, MainTexts.Suggestions), cancellationToken);
                return;
        }

        question = WithLastTopic(question);
        if (NeedsSpecificThing(question) && knowledge.Search(question.Understanding.Text) is { } specific &&
            SpecificKinds(intent).Contains(specific.Kind))
        {
            // "Où est l'accueil ?" names nothing the recogniser knows; the data's passages do.
            question = question with
            {
                Understanding = question.Understanding with
                {
                    Entities = [.. question.Understanding.Entities, new EntityMatch(specific.Kind, specific.Id, specific.Title, specific.Confidence)],
                },
            };
        }

        var dialogId = DialogFor(intent) ?? DialogFor(question.Understanding);
        if (dialogId is EvenementDialog.DialogId or ProgrammeDialog.DialogId && intent is not Intent.Quand && question.Understanding.Date is null &&
            ParcoursDialog.NamesSessionKind(question) &&
            question.Understanding.Of(EntityKind.WeekEvent).All(e => knowledge.Data.Parcours.Any(p => p.EventId == e.Id)))
        {
            // "Quelles visites pendant le Pop-Up ?" asks for its sessions, not for the event.
            question = question with { Understanding = question.Understanding with { Intent = Intent.Session } };
            dialogId = ParcoursDialog.DialogId;
        }
        if (intent == Intent.Session && !question.Understanding.Of(EntityKind.Session).Any() &&
            question.Understanding.Of(EntityKind.WeekEvent).Any(e => knowledge.Data.Parcours.All(p => p.EventId != e.Id)))
        {
            // "Des ateliers sur l'emploi des jeunes ?" finds the week's "Ateliers du PIA", an event.
            dialogId = EvenementDialog.DialogId;
        }
        if (dialogId is null && knowledge.Search(question.Understanding.Text) is { } hit)
        {
            // The search found the passage: answer as if the message had named that thing.
            var withHit = question.Understanding with
            {
                Entities = [new EntityMatch(hit.Kind, hit.Id, hit.Title, hit.Confidence)],
            };
            question = question with { Understanding = withHit };
            dialogId = DialogFor(withHit);
        }

        if (dialogId is null && ParticipantDetailsReader.ProfileIn(question.Understanding.Text) is not null && ParcoursAdvisor.AdviceAsked(question))
        {
            // "Je suis élue": a person presenting themselves is looking for their parcours.
            dialogId = ParcoursDialog.DialogId;
        }

        if (dialogId is null && question.Understanding.Quote is { } quote)
        {
            await dc.Context.SendAsync(ReadingAnswers.Quoted(quote), cancellationToken);
            return;
        }

        if (dialogId is null)
        {
            var saysSomething = question.Understanding.Normalised.Split(' ').Any(w => w.Length >= 3 && !FrenchStopWords.Contains(w));
            Unanswered.Mark(dc.Context, saysSomething ? UnansweredReason.Unknown : UnansweredReason.NotUnderstood);
            await dc.Context.SendAsync(new Reply(saysSomething ? MainTexts.Unknown : MainTexts.NotUnderstood, null, MainTexts.Suggestions), cancellationToken);
            return;
        }

        var result = await dc.BeginDialogAsync(dialogId, question, cancellationToken);
        if (result.Status == DialogTurnStatus.NotUnderstood)
        {
            // The intent's dialog had nothing to say of what the message names: describe that thing.
            var fallback = DialogFor(question.Understanding);
            if (fallback is null || fallback == dialogId)
            {
                Unanswered.Mark(dc.Context, UnansweredReason.Unknown);
                await dc.Context.SendAsync(new Reply(MainTexts.Unknown, null, MainTexts.Suggestions), cancellationToken);
                return;
            }

            await dc.BeginDialogAsync(fallback, question, cancellationToken);
        }
    }


    /// <summary>One parcours: the parcours's own advice, with its sign-up offer; one event: that event; several: each in a line.</summary>
    private async Task SuggestAsync(DialogContext dc, Question question, IReadOnlyList<InterestAdvisor.Suggestion> suggestions, CancellationToken cancellationToken)
    {
        if (suggestions is [{ Parcours: { } parcours }])
        {
            var named = question with
            {
                Understanding = question.Understanding with { Intent = Intent.Parcours, Entities = [new EntityMatch(EntityKind.Parcours, parcours.Id, "", 1)] },
            };
            await dc.BeginDialogAsync(ParcoursDialog.DialogId, named, cancellationToken);
            return;
        }

        if (suggestions is [{ Event: { } weekEvent }])
        {
            var about = new EvenementAnswers(knowledge.Data).Describe(weekEvent);
            await dc.Context.SendAsync(about with { Text = MainTexts.Suits(weekEvent.Title) + "\n" + about.Text }, cancellationToken);
            return;
        }

        var lines = suggestions.Select(x => x.Event is { } e
            ? MainTexts.SuitsEvent(e.Title, FrenchFormat.Dates(e.Dates), e.Summary)
            : MainTexts.SuitsParcours(x.Parcours!.Name, knowledge.Data.Events.FirstOrDefault(e => e.Id == x.Parcours.EventId) is { } host
                ? $"{host.Title}, {FrenchFormat.Dates(host.Dates)}" : "", x.Parcours.Summary));
        await dc.Context.SendAsync(new Reply(MainTexts.SuitSeveral + "\n" + string.Join("\n", lines), null, MainTexts.Suggestions), cancellationToken);
    }

    private static string? DialogFor(Intent intent) => intent switch
    {
        Intent.Programme or Intent.Now or Intent.Next or Intent.Quand => ProgrammeDialog.DialogId,
        Intent.Parcours or Intent.Session => ParcoursDialog.DialogId,
        Intent.Lieu => LieuDialog.DialogId,
        Intent.Intervenant => IntervenantDialog.DialogId,
        Intent.Ressource or Intent.Fiche or Intent.Lien => RessourceDialog.DialogId,
        Intent.WeekEvent or Intent.Organisers or Intent.Paqte => EvenementDialog.DialogId,
        _ => null,
    };

    /// <summary>A message with no clear intent that names something: describe that thing.</summary>
    private static string? DialogFor(Understanding understanding)
    {
        var best = understanding.Entities.OrderByDescending(e => e.Score).FirstOrDefault();
        return best?.Kind switch
        {
            EntityKind.Parcours or EntityKind.Session => ParcoursDialog.DialogId,
            EntityKind.Speaker => IntervenantDialog.DialogId,
            EntityKind.Place => LieuDialog.DialogId,
            EntityKind.Resource or EntityKind.Fiche or EntityKind.Link => RessourceDialog.DialogId,
            EntityKind.WeekEvent or EntityKind.Organisation or EntityKind.Paqte or EntityKind.Week => EvenementDialog.DialogId,
            _ => null,
        };
    }

    /// <summary>
    /// Where, who, when and which-session questions are about one precise thing; when the message
    /// names none, the search over the data may find it.
    /// </summary>
    private static bool NeedsSpecificThing(Question question) =>
        question.Intent is Intent.Lieu or Intent.Intervenant or Intent.Quand or Intent.Session &&
        !question.Understanding.Entities.Any(e => e.Kind is EntityKind.Session or EntityKind.Speaker or EntityKind.Place ||
                                                  (e.Kind is EntityKind.WeekEvent && question.Intent != Intent.Lieu));

    /// <summary>
    /// "Qui intervient ?", "c'est où ?", "c'est quand ?" name nothing: they are about what the
    /// conversation was just about.
    /// </summary>
    private static Question WithLastTopic(Question question)
    {
        var memory = question.Memory;
        if (question.Intent is not (Intent.Intervenant or Intent.Lieu or Intent.Quand) ||
            question.Understanding.Entities.Any(e => e.Kind is not EntityKind.Week) ||
            !Enum.TryParse<EntityKind>(memory.LastTopicKind, out var kind) || memory.LastTopicId is null)
        {
            return question;
        }

        return question with
        {
            Understanding = question.Understanding with
            {
                Entities = [.. question.Understanding.Entities, new EntityMatch(kind, memory.LastTopicId, "", 0.9)],
            },
        };
    }

    /// <summary>What a where, who, when or which-session question can be about.</summary>
    private static EntityKind[] SpecificKinds(Intent intent) => intent switch
    {
        Intent.Lieu => [EntityKind.Place, EntityKind.Session, EntityKind.WeekEvent],
        Intent.Intervenant => [EntityKind.Speaker, EntityKind.Session],
        Intent.Quand => [EntityKind.WeekEvent, EntityKind.Session],
        _ => [EntityKind.Session, EntityKind.WeekEvent],
    };

    private static Reply Unknowable(Question question)
    {
        var topics = question.Understanding.UnknowableTopics.Select(MainTexts.Topic).Distinct().ToList();
        var text = topics.Count == 0 ? MainTexts.Unknown : MainTexts.UnknownTopic(FrenchFormat.List(topics));
        return new Reply(text, null, MainTexts.Suggestions);
    }
}
