using System.Text.Json.Nodes;
using EventBot.Domain.Reminders;
using EventBot.Domain.Seeds;
using EventBot.Domain.Store;
using EventBot.Host.Tests.Storage;
using EventBot.Storage.Outreach;
using EventBot.Storage.Reminders;

namespace EventBot.Host.Tests.Reminders;

/// <summary>
/// The reminder scheduler over a real database file (sign-ups, reminders and the outbox), its own live event data, and the sign-up bed's clock, set to the week before the event.
/// </summary>
public sealed class ReminderTestBed : IDisposable
{
    public const string Emergence = "emergence";
    public const string InnovationsSociales = "atelier-innovations-sociales";

    private static readonly string SeedPath = Path.Combine(AppContext.BaseDirectory, "seeds", "event.json");

    public ReminderTestBed()
    {
        Clock.Now = new DateTimeOffset(2019, 10, 14, 9, 0, 0, TimeSpan.FromHours(2));
        Reopen();
    }

    public SignUpTestBed SignUps { get; } = new();

    public EventDataStore Data { get; } = new(EventDataLoader.Load(SeedPath));

    /// <summary>The real outbox on the same file: it sends each message id once.</summary>
    public LiteDbOutbox Outbox { get; private set; } = null!;

    /// <summary>How many messages the outbox holds, whatever their delivery status.</summary>
    public int OutboxCount => SignUps.Database.Database.GetCollection(LiteDbOutbox.Collection).Count();

    public ReminderOptions Options { get; } = new();

    public ManualClock Clock => SignUps.Clock;

    public LiteDbReminderStore Store { get; private set; } = null!;

    public ReminderScheduler Scheduler { get; private set; } = null!;

    /// <summary>A restart: the file closed and opened again, a new store, outbox and scheduler over it.</summary>
    public void Reopen()
    {
        SignUps.Reopen();
        Store = new LiteDbReminderStore(SignUps.Database);
        Outbox = new LiteDbOutbox(SignUps.Database);
        Scheduler = new ReminderScheduler(Store, SignUps.Service, Data, Outbox, Options);
    }

    public ReminderRound Run() => Scheduler.Run(Clock.Now);

    /// <summary>Moves the clock to a Lille time of the event week.</summary>
    public void At(int day, int hour, int minute = 0) =>
        Clock.Now = new DateTimeOffset(2019, 10, day, hour, minute, 0, TimeSpan.FromHours(2));

    /// <summary>A confirmed sign-up to Emergence for person <paramref name="number"/>.</summary>
    public string SignUp(int number, string parcoursId = Emergence)
    {
        SignUps.Service.SignUp(parcoursId, SignUpTestBed.Person(number), SignUpTestBed.UserKey(number), Clock.Now);
        return SignUpTestBed.UserKey(number);
    }

    /// <summary>A live update, as organisers make: the seed with the session given an hour (and an end, when given).</summary>
    public void GiveHour(string sessionId, string start, string? end = null)
    {
        var root = JsonNode.Parse(File.ReadAllText(SeedPath))!.AsObject();
        var session = root["parcours"]!.AsArray()
            .SelectMany(p => p!["sessions"]!.AsArray())
            .Single(s => (string)s!["id"]! == sessionId)!.AsObject();
        session["startTime"] = start;
        if (end is not null)
        {
            session["endTime"] = end;
        }

        Data.Replace(EventDataLoader.Parse(root.ToJsonString(), "test update"));
    }

    public void Dispose() => SignUps.Dispose();
}
