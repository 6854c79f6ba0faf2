using EventBot.Domain.Seeds;
using EventBot.Storage.Outreach;
using EventBot.Domain.SignUps;
using EventBot.Domain.Store;
using EventBot.Storage;
using EventBot.Storage.SignUps;
using Microsoft.Extensions.Options;

// Usage: EventBot.SignUpCrash <database file> [workers]
// Signs up person after person in the parcours Emergence (unlimited places), on <workers> threads at once (1 by
// default), and prints "CONFIRMED <id>", flushed, once each confirmation has returned, i.e. once the user would
// have been told. Runs until killed.
if (args.Length is not (1 or 2) || (args.Length == 2 && !int.TryParse(args[1], out _)))
{
    Console.Error.WriteLine("usage: EventBot.SignUpCrash <database file> [workers]");
    return 2;
}

var path = Path.GetFullPath(args[0]);
var workers = args.Length == 2 ? int.Parse(args[1]) : 1;
using var database = new EventBotDatabase($"Filename={path};Connection=direct", Path.GetDirectoryName(path)!);
var service = new LiteDbSignUpService(
    database,
    new EventDataStore(EventDataLoader.Load(Path.Combine(AppContext.BaseDirectory, "seeds", "event.json"))),
    Options.Create(new SignUpOptions { DefaultCapacity = int.MaxValue }),
    TimeProvider.System,
    new LiteDbConversationReferences(database));

var stdout = Console.Out;
var next = 0;
var threads = Enumerable.Range(0, workers).Select(_ => new Thread(() =>
{
    while (true)
    {
        var person = Interlocked.Increment(ref next);
        var participant = new Participant($"Prénom{person}", $"Nom{person}", $"p{person}-{Environment.ProcessId}@exemple.fr", "Crash", Profile.Autre);
        var result = service.SignUp("emergence", participant, $"crash:{Environment.ProcessId}-{person}", DateTimeOffset.UtcNow);
        if (result.Outcome != SignUpOutcome.Confirmed)
        {
            Console.Error.WriteLine($"unexpected {result.Outcome}");
            Environment.Exit(1);
        }

        lock (stdout)
        {
            stdout.WriteLine($"CONFIRMED {result.SignUp!.Id}");
            stdout.Flush();
        }
    }
})).ToList();
threads.ForEach(thread => thread.Start());
threads.ForEach(thread => thread.Join());
return 0;
