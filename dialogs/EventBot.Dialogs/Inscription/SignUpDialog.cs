using EventBot.Dialogs.Framework;
using EventBot.Dialogs.Rappels;
using EventBot.Dialogs.Replies;
using EventBot.Domain.Model;
using EventBot.Domain.SignUps;
using EventBot.Language.SignUps;
using EventBot.Language.Understanding;
using Microsoft.Bot.Builder;

namespace EventBot.Dialogs.Inscription;

/// <summary>
/// Signs a person up for a parcours, asking only for what it does not know yet: parcours, name,
/// e-mail, organisation, profile, consent; then a summary where any field can be corrected. The
/// place is confirmed only once the service has committed it. A full parcours offers its waiting list
/// or another parcours; a person already signed up is offered a change of parcours instead.
/// Questions asked in the middle are answered, then the pending question is asked again.
/// </summary>
public sealed class SignUpDialog(Func<EventData> data, ISignUpService signUps, ChoiceRecognizer choices, TimeProvider clock, ReminderNotices reminderNotices)
    : Dialog(DialogId)
{
    public const string DialogId = "sign-up";
    private const int MaxAttempts = 3;

    /// <summary>Start in change mode for this existing sign-up: only the parcours is asked.</summary>
    public sealed record ChangeOptions(Question Question, string SignUpId);

    public override bool SurvivesInterruptions => true;

    public override async Task<DialogTurnResult> BeginAsync(DialogContext dc, object? options, CancellationToken cancellationToken)
    {
        var form = new SignUpForm(dc.ActiveDialog!.State);
        if (options is ChangeOptions change)
        {
            form.ChangingId = change.SignUpId;
            TakeParcours(form, change.Question.Understanding);
            return await NextAsync(dc, form, cancellationToken);
        }

        var question = options as Question ?? throw new ArgumentException("The sign-up needs the Question.", nameof(options));
        var existing = signUps.Find(UserKey(dc), ParticipantDetailsReader.Read(question.Understanding.Text).Email);
        if (existing is not null)
        {
            form.ChangingId = existing.Id;
            form.Step = SignUpStep.AlreadySignedUp;
            await AskAsync(dc, form, cancellationToken);
            return DialogContext.Waiting;
        }

        TakeParcours(form, question.Understanding);
        TakeDetails(form, ParticipantDetailsReader.Read(question.Understanding.Text));
        return await NextAsync(dc, form, cancellationToken);
    }

    public override async Task<DialogTurnResult> ContinueAsync(DialogContext dc, CancellationToken cancellationToken)
    {
        var form = new SignUpForm(dc.ActiveDialog!.State);
        var text = TurnText.Of(dc.Context.Activity);
        var understanding = (dc.TurnValues.TryGetValue(nameof(Question), out var q) ? (Question)q : null)?.Understanding;
        var problem = Apply(form, text, understanding);
        if (problem is SignUpProblem.NotUnderstood)
        {
            return DialogContext.NotUnderstood;
        }

        if (problem is SignUpProblem.Invalid invalid)
        {
            form.Attempts++;
            if (form.Attempts >= MaxAttempts)
            {
                return await GiveUpAsync(dc, cancellationToken);
            }

            await AskAsync(dc, form, cancellationToken, invalid.Message);
            return DialogContext.Waiting;
        }

        if (problem is SignUpProblem.Stop stop)
        {
            await dc.Context.SendAsync(stop.Message, cancellationToken);
            return await dc.EndDialogAsync(null, cancellationToken);
        }

        form.Attempts = 0;
        return problem is SignUpProblem.Commit commit
            ? await CommitAsync(dc, form, commit.WaitingList, cancellationToken)
            : await NextAsync(dc, form, cancellationToken);
    }

    public override async Task<DialogTurnResult> RetryAsync(DialogContext dc, CancellationToken cancellationToken)
    {
        var form = new SignUpForm(dc.ActiveDialog!.State);
        form.Attempts++;
        if (form.Attempts >= MaxAttempts)
        {
            return await GiveUpAsync(dc, cancellationToken);
        }

        await AskAsync(dc, form, cancellationToken, SignUpTexts.NotUnderstood);
        return DialogContext.Waiting;
    }

    public override Task RepromptAsync(DialogContext dc, CancellationToken cancellationToken) =>
        AskAsync(dc, new SignUpForm(dc.ActiveDialog!.State), cancellationToken);

    /// <summary>After a question asked in the middle was answered: ask the pending question again.</summary>
    public override async Task<DialogTurnResult> ResumeAsync(DialogContext dc, object? result, CancellationToken cancellationToken)
    {
        await RepromptAsync(dc, cancellationToken);
        return DialogContext.Waiting;
    }

    /// <summary>
    /// Reads the answer to the current step, and any correction said along with it: null when the
    /// answer was taken, otherwise what to do about it.
    /// </summary>
    private SignUpProblem? Apply(SignUpForm form, string text, Understanding? understanding)
    {
        if (IsAside(form, text, understanding))
        {
            return new SignUpProblem.NotUnderstood();
        }

        var details = ParticipantDetailsReader.Read(text);
        var corrected = TakeCorrections(form, text, details, understanding);
        switch (form.Step)
        {
            case SignUpStep.Parcours:
            case SignUpStep.Full when form.ParcoursId is null:
                if (understanding is not null && TakeParcours(form, understanding))
                {
                    return null;
                }

                var chosen = choices.Recognize(text, ParcoursChoices());
                if (chosen is null)
                {
                    return corrected ? null : new SignUpProblem.NotUnderstood();
                }

                form.ParcoursId = chosen.Value;
                return null;
            case SignUpStep.Name:
                return corrected ? null : TakeName(form, text);
            case SignUpStep.LastName:
                if (corrected)
                {
                    return null;
                }

                if (!LooksLikeName(text))
                {
                    return LooksLikeQuestion(text) ? new SignUpProblem.NotUnderstood() : new SignUpProblem.Invalid(SignUpTexts.InvalidName);
                }

                var last = ParticipantDetailsReader.Clean(text);
                if (last.Length > Participant.MaxNameLength)
                {
                    return new SignUpProblem.Invalid(SignUpTexts.TooLongFor(Participant.MaxNameLength));
                }

                form.LastName = last;
                return null;
            case SignUpStep.Email:
                if (details.Email is null)
                {
                    return corrected ? null
                        : LooksLikeQuestion(text) ? new SignUpProblem.NotUnderstood()
                        : new SignUpProblem.Invalid(SignUpTexts.InvalidEmail);
                }

                return TakeEmail(form, details.Email);
            case SignUpStep.Organisation:
                if (corrected)
                {
                    return null;
                }

                if (LooksLikeQuestion(text))
                {
                    return new SignUpProblem.NotUnderstood();
                }

                var organisation = ParticipantDetailsReader.Clean(text);
                if (organisation.Length > Participant.MaxOrganisationLength)
                {
                    return new SignUpProblem.Invalid(SignUpTexts.TooLongFor(Participant.MaxOrganisationLength));
                }

                form.Organisation = organisation.Length == 0 ? SignUpTexts.NoOrganisation : organisation;
                return null;
            case SignUpStep.Profile:
                var profile = choices.Recognize(text, ProfileChoices())?.Value is { } value
                    ? Enum.Parse<Profile>(value)
                    : ParticipantDetailsReader.ProfileIn(text);
                if (profile is null)
                {
                    return corrected ? null : new SignUpProblem.NotUnderstood();
                }

                form.Profile = profile;
                return null;
            case SignUpStep.Consent:
                switch (YesNo(text))
                {
                    case true:
                        form.Consent = true;
                        return null;
                    case false:
                        return new SignUpProblem.Stop(SignUpTexts.ConsentRefused);
                    default:
                        return new SignUpProblem.NotUnderstood();
                }

            case SignUpStep.Summary:
                if (corrected)
                {
                    return null;
                }

                switch (YesNo(text))
                {
                    case true:
                        return new SignUpProblem.Commit(WaitingList: false);
                    case false:
                        return new SignUpProblem.Invalid(SignUpTexts.WhatToCorrect);
                    default:
                        return new SignUpProblem.NotUnderstood();
                }

            case SignUpStep.Full:
                if (choices.Recognize(text, [new(SignUpTexts.WaitingListChoice, SignUpTexts.WaitingListChoice, ["attente", "liste", "oui"])]) is not null)
                {
                    return new SignUpProblem.Commit(WaitingList: true);
                }

                if (choices.Recognize(text, [new(SignUpTexts.OtherParcoursChoice, SignUpTexts.OtherParcoursChoice, ["autre", "non"])]) is not null)
                {
                    form.ParcoursId = null;
                    return null;
                }

                return corrected ? null : new SignUpProblem.NotUnderstood();
            case SignUpStep.AlreadySignedUp:
                if (understanding is not null && TakeParcours(form, understanding))
                {
                    form.Step = SignUpStep.Parcours;
                    return null;
                }

                switch (YesNo(text) ?? (text.Contains("chang", StringComparison.OrdinalIgnoreCase) ? true : null))
                {
                    case true:
                        form.ParcoursId = null;
                        form.Step = SignUpStep.Parcours;
                        return null;
                    case false:
                        return new SignUpProblem.Stop(SignUpTexts.Kept);
                    default:
                        return new SignUpProblem.NotUnderstood();
                }
        }

        return new SignUpProblem.NotUnderstood();
    }

    /// <summary>Asks for the next missing answer; in change mode, changes as soon as the new parcours is known.</summary>
    private async Task<DialogTurnResult> NextAsync(DialogContext dc, SignUpForm form, CancellationToken cancellationToken)
    {
        if (form.ChangingId is not null && form.Step != SignUpStep.AlreadySignedUp)
        {
            if (form.ParcoursId is not null)
            {
                return await ChangeAsync(dc, form, cancellationToken);
            }

            form.Step = SignUpStep.Parcours;
        }
        else
        {
            form.Step = form.NextMissing();
        }

        await AskAsync(dc, form, cancellationToken);
        return DialogContext.Waiting;
    }

    private async Task<DialogTurnResult> CommitAsync(DialogContext dc, SignUpForm form, bool waitingList, CancellationToken cancellationToken)
    {
        var participant = form.ToParticipant();
        var result = waitingList
            ? signUps.JoinWaitingList(form.ParcoursId!, participant, UserKey(dc), clock.GetUtcNow())
            : signUps.SignUp(form.ParcoursId!, participant, UserKey(dc), clock.GetUtcNow());
        switch (result.Outcome)
        {
            case SignUpOutcome.Full:
                form.Step = SignUpStep.Full;
                await AskAsync(dc, form, cancellationToken);
                return DialogContext.Waiting;
            case SignUpOutcome.AlreadySignedUp when result.SignUp is { } existing:
                form.ChangingId = existing.Id;
                form.ParcoursId = null;
                form.Step = SignUpStep.AlreadySignedUp;
                await AskAsync(dc, form, cancellationToken);
                return DialogContext.Waiting;
        }

        await dc.Context.SendAsync(SignUpAnswers.Outcome(data(), result), cancellationToken);
        if (result.Outcome == SignUpOutcome.Confirmed && dc.TurnValues.GetValueOrDefault(nameof(Question)) is Question question &&
            reminderNotices.ForSignUp(data(), UserKey(dc), result.SignUp!.ParcoursId, question.LocalNow) is { } notice)
        {
            await dc.Context.SendAsync(notice, cancellationToken);
        }

        return await dc.EndDialogAsync(result, cancellationToken);
    }

    private async Task<DialogTurnResult> ChangeAsync(DialogContext dc, SignUpForm form, CancellationToken cancellationToken)
    {
        var result = signUps.ChangeParcours(form.ChangingId!, form.ParcoursId!);
        if (result.Outcome == SignUpOutcome.Full)
        {
            form.ParcoursId = null;
            form.Step = SignUpStep.Parcours;
            await AskAsync(dc, form, cancellationToken, SignUpAnswers.FullText(data(), result));
            return DialogContext.Waiting;
        }

        await dc.Context.SendAsync(SignUpAnswers.Changed(data(), result), cancellationToken);
        return await dc.EndDialogAsync(result, cancellationToken);
    }

    private Task AskAsync(DialogContext dc, SignUpForm form, CancellationToken cancellationToken, string? preface = null)
    {
        var reply = form.Step switch
        {
            SignUpStep.Parcours => SignUpAnswers.AskParcours(data(), signUps),
            SignUpStep.Name => new Reply(SignUpTexts.AskName),
            SignUpStep.LastName => new Reply(SignUpTexts.AskLastName),
            SignUpStep.Email => new Reply(SignUpTexts.AskEmail),
            SignUpStep.Organisation => new Reply(SignUpTexts.AskOrganisation),
            SignUpStep.Profile => SignUpAnswers.AskProfile(ProfileChoices()),
            SignUpStep.Consent => new Reply(SignUpTexts.Consent, null, [SignUpTexts.Yes, SignUpTexts.No]),
            SignUpStep.Summary => SignUpAnswers.Summary(data(), form.ToParticipant(), form.ParcoursId!),
            SignUpStep.Full => new Reply(SignUpTexts.Full(ParcoursName(form.ParcoursId)), null, [SignUpTexts.WaitingListChoice, SignUpTexts.OtherParcoursChoice]),
            _ => SignUpAnswers.Already(data(), signUps, form.ChangingId!),
        };
        if (preface is not null)
        {
            reply = reply with { Text = $"{preface}\n{reply.Text}" };
        }

        return dc.Context.SendAsync(reply, cancellationToken);
    }

    private async Task<DialogTurnResult> GiveUpAsync(DialogContext dc, CancellationToken cancellationToken)
    {
        await dc.Context.SendAsync(SignUpTexts.GiveUp, cancellationToken);
        return await dc.EndDialogAsync(null, cancellationToken);
    }

    private bool TakeParcours(SignUpForm form, Understanding understanding)
    {
        var named = understanding.Of(EntityKind.Parcours).OrderByDescending(e => e.Score).FirstOrDefault();
        if (named is null || data().Parcours.All(p => p.Id != named.Id))
        {
            return false;
        }

        form.ParcoursId = named.Id;
        return true;
    }

    private static void TakeDetails(SignUpForm form, ParticipantDetails details)
    {
        form.FirstName ??= Limit(details.FirstName, Participant.MaxNameLength);
        form.LastName ??= Limit(details.LastName, Participant.MaxNameLength);
        form.Email ??= details.Email;
        form.Organisation ??= Limit(details.Organisation, Participant.MaxOrganisationLength);
        form.Profile ??= details.Profile;
    }

    /// <summary>"Non, mon mail c'est …", "mon nom c'est …", "plutôt le parcours Emergence": corrections at any step.</summary>
    private bool TakeCorrections(SignUpForm form, string text, ParticipantDetails details, Understanding? understanding)
    {
        var corrected = false;
        var said = Language.Text.FrenchNormaliser.Normalise(text).Text;
        if (details.Email is not null && form.Step != SignUpStep.Email && form.Email is not null)
        {
            corrected |= TakeEmail(form, details.Email) is null;
        }

        if (details.FirstName is not null && form.Step is not (SignUpStep.Name or SignUpStep.LastName))
        {
            form.FirstName = Limit(details.FirstName, Participant.MaxNameLength);
            form.LastName = Limit(details.LastName, Participant.MaxNameLength) ?? form.LastName;
            corrected = true;
        }

        if (details.Organisation is not null && form.Step != SignUpStep.Organisation)
        {
            form.Organisation = Limit(details.Organisation, Participant.MaxOrganisationLength);
            corrected = true;
        }

        if (details.Profile is not null && form.Step is SignUpStep.Summary && said.Contains("profil", StringComparison.Ordinal))
        {
            form.Profile = details.Profile;
            corrected = true;
        }

        if (form.Step is SignUpStep.Summary or SignUpStep.Name or SignUpStep.Email or SignUpStep.Organisation or SignUpStep.Profile
            && understanding is not null && said.Contains("parcours", StringComparison.Ordinal))
        {
            corrected |= TakeParcours(form, understanding);
        }

        return corrected;
    }

    private static SignUpProblem? TakeName(SignUpForm form, string text)
    {
        if (!LooksLikeName(text))
        {
            return LooksLikeQuestion(text) ? new SignUpProblem.NotUnderstood() : new SignUpProblem.Invalid(SignUpTexts.InvalidName);
        }

        var (first, last) = ParticipantDetailsReader.SplitName(text);
        if ((first?.Length ?? 0) > Participant.MaxNameLength || (last?.Length ?? 0) > Participant.MaxNameLength)
        {
            return new SignUpProblem.Invalid(SignUpTexts.TooLongFor(Participant.MaxNameLength));
        }

        form.FirstName = first;
        form.LastName = last;
        return null;
    }

    private static SignUpProblem? TakeEmail(SignUpForm form, string email)
    {
        if (email.Length > Participant.MaxEmailLength)
        {
            return new SignUpProblem.Invalid(SignUpTexts.TooLongFor(Participant.MaxEmailLength));
        }

        form.Email = email;
        return null;
    }

    /// <summary>A name is letters, spaces, hyphens and apostrophes, with at least one letter.</summary>
    private static bool LooksLikeName(string text)
    {
        var cleaned = ParticipantDetailsReader.Clean(text);
        return cleaned.Any(char.IsLetter) && cleaned.All(c => char.IsLetter(c) || c is ' ' or '-' or '\'' or '’' or '.');
    }

    /// <summary>
    /// An answer to "votre organisation ?" may name a thing of the event ("Fashion Green Hub"); it is a
    /// question of its own only when it is put as one.
    /// </summary>
    private static bool LooksLikeQuestion(string text)
    {
        var first = Language.Text.FrenchNormaliser.Normalise(text).Tokens.FirstOrDefault();
        return text.TrimEnd().EndsWith('?') || first is "qui" or "quoi" or "ou" or "quand" or "comment" or "combien" or "quel"
            or "quelle" or "quels" or "quelles" or "pourquoi" or "c'" or "est" or "programme";
    }

    /// <summary>
    /// "Rappelle-moi la soirée de clôture" or "où a lieu l'atelier … ?" said where a name, an e-mail or an organisation is
    /// asked is not the answer (it would pass for a name): the conversation answers it, then the question is asked again.
    /// </summary>
    private static bool IsAside(SignUpForm form, string text, Understanding? understanding)
    {
        if (form.Step is not (SignUpStep.Name or SignUpStep.LastName or SignUpStep.Email or SignUpStep.Organisation))
        {
            return false;
        }

        var first = Language.Text.FrenchNormaliser.Normalise(text).Tokens.FirstOrDefault();
        return understanding?.Reminder.Action is not (null or Language.Reminders.ReminderAction.None) ||
               understanding?.OrganiserCommand.Kind is not (null or Language.Organisers.OrganiserCommandKind.None) ||
               text.TrimEnd().EndsWith('?') ||
               first is "ou" or "qui" or "quand" or "comment" or "combien" or "pourquoi" or "quel" or "quelle" or "quels" or "quelles";
    }

    /// <summary>True for yes, false for no, null for neither.</summary>
    public static bool? YesNo(string text)
    {
        var said = " " + Language.Text.FrenchNormaliser.Normalise(text).Text + " ";
        var isNo = NoWords.Any(said.Contains);
        var isYes = YesWords.Any(said.Contains);
        return isNo ? false : isYes ? true : null;
    }

    private static readonly string[] YesWords = Normalised(
        "oui", "ouais", "d'accord", "ok", "j'accepte", "accepte", "volontiers", "bien sûr", "exact", "c'est bon", "valide",
        "je valide", "confirme", "je confirme", "parfait", "yes", "go", "ça marche", "entendu");

    private static readonly string[] NoWords = Normalised("non", "nan", "refuse", "je refuse", "pas d'accord", "jamais", "no");

    /// <summary>Phrases in the normaliser's form, padded so that they match whole words.</summary>
    private static string[] Normalised(params string[] phrases) =>
        phrases.Select(p => " " + Language.Text.FrenchNormaliser.Normalise(p).Text + " ").ToArray();

    private IReadOnlyList<Choice> ParcoursChoices() =>
        data().Parcours.Select(p => new Choice(p.Id, p.Name, [.. p.Aliases, $"Parcours {p.Name}"])).ToList();

    private static IReadOnlyList<Choice> ProfileChoices() =>
        Enum.GetValues<Profile>().Select(p => new Choice(p.ToString(), SignUpTexts.ProfileName(p))).ToList();

    private string ParcoursName(string? id) => data().Parcours.FirstOrDefault(p => p.Id == id)?.Name ?? "";

    private static string? Limit(string? value, int max) => value is null || value.Length <= max ? value : value[..max];

    /// <summary>The channel user, so that "quelle est mon inscription ?" finds the sign-up made here.</summary>
    public static string UserKey(DialogContext dc) => UserKey(dc.Context);

    public static string UserKey(ITurnContext turnContext) => $"{turnContext.Activity.ChannelId}:{turnContext.Activity.From?.Id}";

    private abstract record SignUpProblem
    {
        public sealed record NotUnderstood : SignUpProblem;
        public sealed record Invalid(string Message) : SignUpProblem;
        public sealed record Stop(string Message) : SignUpProblem;

        /// <summary>Not a problem: everything is answered and confirmed, store it.</summary>
        public sealed record Commit(bool WaitingList) : SignUpProblem;
    }
}
