using EventBot.Domain.Seeds;
using EventBot.Storage.Outreach;
using EventBot.Domain.SignUps;
using EventBot.Domain.Store;
using EventBot.Host.Tests.Support;
using EventBot.Storage;
using EventBot.Storage.SignUps;
using Microsoft.Extensions.Options;

namespace EventBot.Host.Tests.Storage;

/// <summary>A sign-up service over a fresh database file, with set capacities and a clock the test moves.</summary>
public sealed class SignUpTestBed : IDisposable
{
    /// <summary>The real event data: the service takes its parcours ids from it.</summary>
    public static readonly IEventDataProvider EventData =
        new EventDataStore(EventDataLoader.Load(Path.Combine(AppContext.BaseDirectory, "seeds", "event.json")));

    private readonly TempDirectory _directory = new();
    private readonly bool _waitForDisk;

    public SignUpTestBed(Dictionary<string, int>? capacities = null, int defaultCapacity = 30, bool waitForDisk = false)
    {
        _waitForDisk = waitForDisk;
        Options = new SignUpOptions { DefaultCapacity = defaultCapacity };
        foreach (var (parcoursId, capacity) in capacities ?? [])
        {
            Options.Capacities[parcoursId] = capacity;
        }

        Reopen();
    }

    public SignUpOptions Options { get; }

    public ManualClock Clock { get; } = new(new DateTimeOffset(2019, 10, 1, 9, 0, 0, TimeSpan.FromHours(2)));

    public string ConnectionString => _directory.ConnectionString();

    public string DirectoryPath => _directory.Path;

    public EventBotDatabase Database { get; private set; } = null!;

    public LiteDbSignUpService Service { get; private set; } = null!;

    /// <summary>Closes the database and opens the same file again, as a restarted process would.</summary>
    public void Reopen()
    {
        Database?.Dispose();
        Database = new EventBotDatabase(ConnectionString, _directory.Path, _waitForDisk);
        Service = new LiteDbSignUpService(Database, EventData, Microsoft.Extensions.Options.Options.Create(Options), Clock, new LiteDbConversationReferences(Database));
    }

    public static Participant Person(int number, string? email = null) =>
        new($"Prénom{number}", $"Nom{number}", email ?? $"personne{number}@exemple.fr", "Mairie de Roubaix", Profile.Elu);

    public static string UserKey(int number) => $"test:user-{number}";

    public void Dispose()
    {
        Database.Dispose();
        _directory.Dispose();
    }
}

/// <summary>A clock that stands still until told to move.</summary>
public sealed class ManualClock(DateTimeOffset now) : TimeProvider
{
    public DateTimeOffset Now { get; set; } = now;

    public override DateTimeOffset GetUtcNow() => Now.ToUniversalTime();
}
