using EventBot.Dialogs.Framework;
using EventBot.Dialogs.Replies;
using EventBot.Domain.Model;
using EventBot.Domain.SignUps;

namespace EventBot.Dialogs.Inscription;

/// <summary>The sign-up's messages and cards, built from the data and the sign-ups.</summary>
internal static class SignUpAnswers
{
    public static Reply AskParcours(EventData data, ISignUpService signUps)
    {
        var lines = data.Parcours.Select(p => SignUpTexts.PlacesLeft(p.Name, signUps.PlacesLeft(p.Id))).ToList();
        var text = $"{SignUpTexts.AskParcours}\n{FrenchFormat.Bullets(lines)}";
        return new Reply(text, null, data.Parcours.Select(p => p.Name).ToList());
    }

    /// <summary>Places left in the parcours asked about, or in every parcours when none is named.</summary>
    public static Reply Availability(EventData data, ISignUpService signUps, IReadOnlyList<string> parcoursIds)
    {
        if (parcoursIds.Count == 1)
        {
            var name = ParcoursName(data, parcoursIds[0]);
            return new Reply(SignUpTexts.PlacesLeftIn(name, signUps.PlacesLeft(parcoursIds[0])), null, [SignUpTexts.Yes, SignUpTexts.No]);
        }

        var asked = parcoursIds.Count > 1 ? data.Parcours.Where(p => parcoursIds.Contains(p.Id)).ToList() : data.Parcours.ToList();
        var lines = asked.Select(p => SignUpTexts.PlacesLeft(p.Name, signUps.PlacesLeft(p.Id))).ToList();
        return new Reply($"{SignUpTexts.PlacesLeftHeading}\n{FrenchFormat.Bullets(lines)}\n{SignUpTexts.PlacesLeftInvitation}", null, [SignUpTexts.SignUpChoice]);
    }

    public static Reply AskProfile(IReadOnlyList<Choice> profiles)
    {
        var text = $"{SignUpTexts.AskProfile}\n{string.Join("\n", profiles.Select((c, i) => $"{i + 1}. {c.Title}"))}";
        return new Reply(text, null, profiles.Select(c => c.Title).ToList());
    }

    public static Reply Summary(EventData data, Participant participant, string parcoursId)
    {
        var parcours = ParcoursName(data, parcoursId);
        var text = SignUpTexts.Summary(FrenchFormat.Bullets(Lines(participant, parcours))) + "\n" + SignUpTexts.SummaryQuestion;
        var card = Card(participant, parcours).Build(text);
        return new Reply(text, card, [SignUpTexts.Yes, SignUpTexts.No]);
    }

    public static Reply Outcome(EventData data, SignUpResult result)
    {
        var signUp = result.SignUp!;
        var name = $"{signUp.Participant.FirstName} {signUp.Participant.LastName}";
        var parcours = ParcoursName(data, signUp.ParcoursId);
        var text = result.Outcome == SignUpOutcome.Waiting
            ? SignUpTexts.Waiting(name, parcours, result.WaitingPosition ?? 0)
            : SignUpTexts.Confirmed(name, parcours, When(data, signUp.ParcoursId));
        return new Reply(text, Card(signUp.Participant, parcours).Fact(SignUpTexts.Status, SignUpTexts.StatusText(signUp.Status)).Build(text));
    }

    public static string FullText(EventData data, SignUpResult result) =>
        SignUpTexts.Full(ParcoursName(data, result.SignUp?.ParcoursId)).Split('.')[0] + ".";

    public static Reply Changed(EventData data, SignUpResult result) =>
        result.SignUp is { } signUp
            ? SignUpTexts.Changed(ParcoursName(data, signUp.ParcoursId), When(data, signUp.ParcoursId))
            : SignUpTexts.NotFound;

    public static Reply Already(EventData data, ISignUpService signUps, string signUpId)
    {
        var existing = signUps.All().FirstOrDefault(s => s.Id == signUpId);
        return existing is null
            ? SignUpTexts.NotFound
            : new Reply(SignUpTexts.Already(ParcoursName(data, existing.ParcoursId), SignUpTexts.StatusText(existing.Status)), null,
                [SignUpTexts.ChangeChoice, SignUpTexts.KeepChoice]);
    }

    public static Reply Current(EventData data, SignUp signUp)
    {
        var name = $"{signUp.Participant.FirstName} {signUp.Participant.LastName}";
        var parcours = ParcoursName(data, signUp.ParcoursId);
        var text = SignUpTexts.Current(name, parcours, SignUpTexts.StatusText(signUp.Status), When(data, signUp.ParcoursId));
        return new Reply(text, Card(signUp.Participant, parcours).Fact(SignUpTexts.Status, SignUpTexts.StatusText(signUp.Status)).Build(text),
            [SignUpTexts.ChangeChoice, "Annuler mon inscription"]);
    }

    public static Reply Data(EventData data, IReadOnlyList<SignUp> signUps) =>
        signUps.Count == 0
            ? SignUpTexts.NoData
            : SignUpTexts.Data(string.Join("\n", signUps.Select(s =>
                FrenchFormat.Bullets(Lines(s.Participant, ParcoursName(data, s.ParcoursId))
                    .Append($"{SignUpTexts.Status} : {SignUpTexts.StatusText(s.Status)}")
                    .Append($"Consentement : {s.ConsentAt:dd/MM/yyyy HH:mm} (UTC)")))));

    public static string Promoted(EventData data, SignUp signUp) =>
        SignUpTexts.Promoted(ParcoursName(data, signUp.ParcoursId), When(data, signUp.ParcoursId));

    private static IEnumerable<string> Lines(Participant p, string parcours) =>
    [
        $"{SignUpTexts.Parcours} : {parcours}",
        $"{SignUpTexts.FirstName} : {p.FirstName}",
        $"{SignUpTexts.LastName} : {p.LastName}",
        $"{SignUpTexts.Email} : {p.Email}",
        $"{SignUpTexts.Organisation} : {p.Organisation}",
        $"{SignUpTexts.ProfileLabel} : {SignUpTexts.ProfileName(p.Profile)}",
    ];

    /// <summary>The person's own words go through <see cref="InfoCard.Fact"/>, which shows them safely.</summary>
    private static InfoCard Card(Participant p, string parcours) =>
        new InfoCard(SignUpTexts.SummaryTitle)
            .Fact(SignUpTexts.Parcours, parcours)
            .Fact(SignUpTexts.FirstName, p.FirstName)
            .Fact(SignUpTexts.LastName, p.LastName)
            .Fact(SignUpTexts.Email, p.Email)
            .Fact(SignUpTexts.Organisation, p.Organisation)
            .Fact(SignUpTexts.ProfileLabel, SignUpTexts.ProfileName(p.Profile));

    private static string ParcoursName(EventData data, string? id) => data.Parcours.FirstOrDefault(p => p.Id == id)?.Name ?? "";

    /// <summary>"le mercredi 16 octobre 2019 à Plaine Images (Tourcoing)".</summary>
    private static string When(EventData data, string parcoursId)
    {
        var host = data.Events.FirstOrDefault(e => e.Id == data.Parcours.FirstOrDefault(p => p.Id == parcoursId)?.EventId);
        var place = data.Places.FirstOrDefault(p => p.Id == host?.PlaceId);
        return host is null ? "" : FrenchFormat.Dates(host.Dates) + (place is null ? "" : $" à {place.Name}" + (place.City is null ? "" : $" ({place.City})"));
    }
}
