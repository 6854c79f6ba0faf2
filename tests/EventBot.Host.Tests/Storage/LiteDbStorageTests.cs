using EventBot.Host.Tests.Support;
using EventBot.Storage;
using Microsoft.Bot.Builder;

namespace EventBot.Host.Tests.Storage;

/// <summary>The Bot Framework storage contract, each test on its own database file.</summary>
public sealed class LiteDbStorageTests : IDisposable
{
    private readonly TempDirectory _directory = new();
    private readonly EventBotDatabase _database;
    private readonly LiteDbStorage _storage;

    public LiteDbStorageTests()
    {
        _database = new EventBotDatabase(_directory.ConnectionString(), _directory.Path);
        _storage = new LiteDbStorage(_database);
    }

    public void Dispose()
    {
        _database.Dispose();
        _directory.Dispose();
    }

    public sealed class Preferences
    {
        public string Name { get; set; } = "";

        public List<string> Parcours { get; set; } = [];

        public DateTimeOffset? LastVisit { get; set; }
    }

    public sealed class SignUp : IStoreItem
    {
        public string Session { get; set; } = "";

        public string ETag { get; set; } = "";
    }

    [Fact]
    public async Task A_plain_object_comes_back_with_its_type_and_values()
    {
        var visit = new DateTimeOffset(2019, 10, 16, 10, 0, 0, TimeSpan.FromHours(2));
        await _storage.WriteAsync(new Dictionary<string, object>
        {
            ["user/1"] = new Preferences { Name = "Camille", Parcours = ["IA", "Cloud"], LastVisit = visit },
        });

        var read = Assert.IsType<Preferences>((await _storage.ReadAsync(["user/1"]))["user/1"]);

        Assert.Equal("Camille", read.Name);
        Assert.Equal(["IA", "Cloud"], read.Parcours);
        Assert.Equal(visit, read.LastVisit);
    }

    [Fact]
    public async Task Bot_state_dictionaries_come_back_with_their_typed_values()
    {
        // The shape ConversationState and UserState write: a dictionary of property name to value.
        await _storage.WriteAsync(new Dictionary<string, object>
        {
            ["conversation/1"] = new Dictionary<string, object> { ["preferences"] = new Preferences { Name = "Léa" }, ["turns"] = 3L },
        });

        var state = Assert.IsAssignableFrom<IDictionary<string, object>>((await _storage.ReadAsync(["conversation/1"]))["conversation/1"]);

        Assert.Equal("Léa", Assert.IsType<Preferences>(state["preferences"]).Name);
        Assert.Equal(3L, state["turns"]);
    }

    [Fact]
    public async Task A_store_item_gets_a_new_etag_on_each_write_and_reads_back_with_it()
    {
        var signUp = new SignUp { Session = "keynote" };

        await _storage.WriteAsync(new Dictionary<string, object> { ["signup/1"] = signUp });
        var firstETag = signUp.ETag;
        await _storage.WriteAsync(new Dictionary<string, object> { ["signup/1"] = signUp });

        Assert.NotEmpty(firstETag);
        Assert.NotEqual(firstETag, signUp.ETag);
        var read = Assert.IsType<SignUp>((await _storage.ReadAsync(["signup/1"]))["signup/1"]);
        Assert.Equal(signUp.ETag, read.ETag);
        Assert.Equal("keynote", read.Session);
    }

    [Fact]
    public async Task A_stale_etag_is_refused_and_the_stored_value_kept()
    {
        var signUp = new SignUp { Session = "keynote" };
        await _storage.WriteAsync(new Dictionary<string, object> { ["signup/1"] = signUp });
        var stale = new SignUp { Session = "atelier", ETag = signUp.ETag };
        await _storage.WriteAsync(new Dictionary<string, object> { ["signup/1"] = signUp });

        var error = await Assert.ThrowsAsync<InvalidOperationException>(
            () => _storage.WriteAsync(new Dictionary<string, object> { ["signup/1"] = stale }));

        Assert.Contains("Etag conflict", error.Message);
        Assert.Equal("keynote", Assert.IsType<SignUp>((await _storage.ReadAsync(["signup/1"]))["signup/1"]).Session);
    }

    [Theory]
    [InlineData("*")]
    [InlineData("")]
    [InlineData(null)]
    public async Task A_wildcard_or_missing_etag_overwrites(string? eTag)
    {
        await _storage.WriteAsync(new Dictionary<string, object> { ["signup/1"] = new SignUp { Session = "keynote" } });

        await _storage.WriteAsync(new Dictionary<string, object> { ["signup/1"] = new SignUp { Session = "atelier", ETag = eTag! } });

        Assert.Equal("atelier", Assert.IsType<SignUp>((await _storage.ReadAsync(["signup/1"]))["signup/1"]).Session);
    }

    [Fact]
    public async Task Reading_missing_keys_returns_only_the_existing_ones()
    {
        Assert.Empty(await _storage.ReadAsync(["nobody", "nothing"]));

        await _storage.WriteAsync(new Dictionary<string, object> { ["a"] = new Preferences { Name = "A" } });

        Assert.Equal(["a"], (await _storage.ReadAsync(["nobody", "a", "nothing"])).Keys);
    }

    [Fact]
    public async Task Many_keys_are_written_read_and_deleted_in_one_call()
    {
        await _storage.WriteAsync(new Dictionary<string, object>
        {
            ["a"] = new Preferences { Name = "A" },
            ["b"] = new Preferences { Name = "B" },
            ["c"] = new SignUp { Session = "C" },
        });

        var read = await _storage.ReadAsync(["a", "b", "c"]);
        Assert.Equal(["A", "B"], new[] { read["a"], read["b"] }.Cast<Preferences>().Select(p => p.Name));
        Assert.Equal("C", Assert.IsType<SignUp>(read["c"]).Session);

        await _storage.DeleteAsync(["a", "c", "never-written"]);

        Assert.Equal(["b"], (await _storage.ReadAsync(["a", "b", "c"])).Keys);
    }

    [Fact]
    public async Task A_conflict_in_a_batch_writes_nothing_of_the_batch()
    {
        var signUp = new SignUp { Session = "keynote" };
        await _storage.WriteAsync(new Dictionary<string, object> { ["signup/1"] = signUp });
        var stale = new SignUp { Session = "atelier", ETag = "an old etag" };

        await Assert.ThrowsAsync<InvalidOperationException>(() => _storage.WriteAsync(new Dictionary<string, object>
        {
            ["user/1"] = new Preferences { Name = "Camille" },
            ["signup/1"] = stale,
        }));

        Assert.Equal(["signup/1"], (await _storage.ReadAsync(["user/1", "signup/1"])).Keys);
        Assert.Equal("an old etag", stale.ETag);
    }

    [Fact]
    public async Task Of_concurrent_writers_holding_the_same_etag_exactly_one_wins()
    {
        var original = new SignUp { Session = "keynote" };
        await _storage.WriteAsync(new Dictionary<string, object> { ["signup/1"] = original });

        var writers = Enumerable.Range(0, 16).Select(i => Task.Run(async () =>
        {
            try
            {
                await _storage.WriteAsync(new Dictionary<string, object>
                {
                    ["signup/1"] = new SignUp { Session = $"writer {i}", ETag = original.ETag },
                });
                return $"writer {i}";
            }
            catch (InvalidOperationException)
            {
                return null;
            }
        }));
        var winners = (await Task.WhenAll(writers)).OfType<string>().ToList();

        var winner = Assert.Single(winners);
        Assert.Equal(winner, Assert.IsType<SignUp>((await _storage.ReadAsync(["signup/1"]))["signup/1"]).Session);
    }

    [Fact]
    public async Task Values_survive_a_new_database_on_the_same_file()
    {
        var signUp = new SignUp { Session = "keynote" };
        await _storage.WriteAsync(new Dictionary<string, object> { ["signup/1"] = signUp });
        _database.Dispose();

        using var reopened = new EventBotDatabase(_directory.ConnectionString(), _directory.Path);
        var read = await new LiteDbStorage(reopened).ReadAsync(["signup/1"]);

        var item = Assert.IsType<SignUp>(read["signup/1"]);
        Assert.Equal(("keynote", signUp.ETag), (item.Session, item.ETag));
    }
}
