using EventBot.Domain.Seeds;
using EventBot.Domain.SignUps;
using EventBot.Domain.Store;
using EventBot.Storage;
using EventBot.Storage.SignUps;
using Microsoft.Extensions.Options;

// Usage: EventBot.SignUpCrash <database file>
// Signs up person after person in the parcours Emergence (unlimited places) and prints "CONFIRMED <id>",
// flushed, once each confirmation has returned, i.e. once the user would have been told. Runs until killed.
if (args.Length != 1)
{
    Console.Error.WriteLine("usage: EventBot.SignUpCrash <database file>");
    return 2;
}

var path = Path.GetFullPath(args[0]);
using var database = new EventBotDatabase($"Filename={path};Connection=direct", Path.GetDirectoryName(path)!);
var service = new LiteDbSignUpService(
    database,
    new EventDataStore(EventDataLoader.Load(Path.Combine(AppContext.BaseDirectory, "seeds", "event.json"))),
    Options.Create(new SignUpOptions { DefaultCapacity = int.MaxValue }),
    TimeProvider.System);

var stdout = Console.Out;
for (var person = 1; ; person++)
{
    var participant = new Participant($"Prénom{person}", $"Nom{person}", $"p{person}-{Environment.ProcessId}@exemple.fr", "Crash", Profile.Autre);
    var result = service.SignUp("emergence", participant, $"crash:{Environment.ProcessId}-{person}", DateTimeOffset.UtcNow);
    if (result.Outcome != SignUpOutcome.Confirmed)
    {
        Console.Error.WriteLine($"unexpected {result.Outcome}");
        return 1;
    }

    stdout.WriteLine($"CONFIRMED {result.SignUp!.Id}");
    stdout.Flush();
}
