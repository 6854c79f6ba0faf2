using EventBot.Domain.SignUps;
using EventBot.Domain.Store;

namespace EventBot.Organisers;

/// <summary>
/// <c>GET /api/organisers/signups</c>: every parcours with its counts, its confirmed people and its waiting list;
/// <c>GET /api/organisers/signups.csv</c>: the same people as a file for a French spreadsheet (<see cref="SignUpCsv"/>).
/// </summary>
public static class SignUpListEndpoints
{
    public sealed record Person(string Id, string FirstName, string LastName, string Email, string Organisation, string Profile, DateTimeOffset CreatedAt);

    public sealed record ParcoursSignUps(string ParcoursId, string Name, int Confirmed, int Waiting, int PlacesLeft, IReadOnlyList<Person> People, IReadOnlyList<Person> WaitingList);

    public sealed record SignUpList(int Confirmed, int Waiting, IReadOnlyList<ParcoursSignUps> Parcours);

    public static RouteGroupBuilder MapSignUpList(this RouteGroupBuilder organisers)
    {
        organisers.MapGet("/signups", (ISignUpService signUps, IEventDataProvider data) => Results.Ok(Build(signUps, data)));
        organisers.MapGet("/signups.csv", (ISignUpService signUps, IEventDataProvider data) =>
            Results.File(SignUpCsv.Write(signUps, data), "text/csv; charset=utf-8", SignUpCsvTexts.FileName));
        return organisers;
    }

    /// <summary>Every parcours of the data, in its order, even those nobody signed up for; the waiting list in its order.</summary>
    public static SignUpList Build(ISignUpService signUps, IEventDataProvider data)
    {
        var all = signUps.All();
        var parcours = data.Current.Parcours
            .Select(p =>
            {
                var mine = all.Where(s => s.ParcoursId == p.Id).ToList();
                var confirmed = mine.Where(s => s.Status == SignUpStatus.Confirmed).Select(ToPerson).ToList();
                var waiting = mine.Where(s => s.Status == SignUpStatus.Waiting).Select(ToPerson).ToList();
                return new ParcoursSignUps(p.Id, p.Name, confirmed.Count, waiting.Count, signUps.PlacesLeft(p.Id), confirmed, waiting);
            })
            .ToList();
        return new SignUpList(parcours.Sum(p => p.Confirmed), parcours.Sum(p => p.Waiting), parcours);
    }

    private static Person ToPerson(SignUp signUp) => new(
        signUp.Id,
        signUp.Participant.FirstName,
        signUp.Participant.LastName,
        signUp.Participant.Email,
        signUp.Participant.Organisation,
        signUp.Participant.Profile.ToString(),
        signUp.CreatedAt);
}
