using EventBot.Domain.SignUps;
using EventBot.Host.Tests.Storage;
using EventBot.Host.Tests.Support;
using EventBot.Storage;
using EventBot.Storage.Outreach;
using EventBot.Storage.SignUps;
using Microsoft.Bot.Schema;

namespace EventBot.Host.Tests.Outreach;

/// <summary>
/// The references kept in memory to spare a read at each turn: whatever removes or disables a reference on disk makes
/// the person's next message write it again.
/// </summary>
public sealed class ConversationReferenceStoreTests : IDisposable
{
    private static readonly DateTimeOffset Now = new(2019, 10, 16, 8, 0, 0, TimeSpan.Zero);
    private const string Ana = "emulator:ana";

    private readonly TempDirectory _folder = new();
    private readonly EventBotDatabase _database;
    private readonly LiteDbConversationReferences _references;

    public ConversationReferenceStoreTests()
    {
        _database = new EventBotDatabase(_folder.ConnectionString(), _folder.Path);
        _references = new LiteDbConversationReferences(_database);
    }

    public void Dispose()
    {
        _database.Dispose();
        _folder.Dispose();
    }

    private static ConversationReference Reference(string conversationId) => new()
    {
        ChannelId = "emulator",
        ServiceUrl = "http://localhost:9/",
        Conversation = new ConversationAccount(id: conversationId),
        User = new ChannelAccount("ana"),
        Bot = new ChannelAccount("bot"),
    };

    [Fact]
    public void A_person_erased_by_the_rgpd_deletion_is_kept_again_when_they_write_again()
    {
        _references.Save(Ana, Reference("conv-1"), Now);
        var signUps = new LiteDbSignUpService(
            _database, SignUpTestBed.EventData, Microsoft.Extensions.Options.Options.Create(new SignUpOptions()), TimeProvider.System, _references);

        signUps.DeletePersonalData(Ana, email: null);
        Assert.Null(_references.Find(Ana));

        _references.Save(Ana, Reference("conv-1"), Now);
        Assert.Equal("conv-1", _references.Find(Ana)!.Reference.Conversation.Id);
    }

    [Fact]
    public void A_person_the_channel_refused_is_reachable_again_when_they_write_again_in_the_same_conversation()
    {
        _references.Save(Ana, Reference("conv-1"), Now);
        _references.MarkUnreachable(Ana, "403", Now);
        Assert.False(_references.Find(Ana)!.Reachable);

        _references.Save(Ana, Reference("conv-1"), Now);

        Assert.True(_references.Find(Ana)!.Reachable);
        Assert.Equal([Ana], _references.UserKeys());
    }

    [Theory]
    [InlineData("serviceUrl")]
    [InlineData("locale")]
    [InlineData("tenant")]
    [InlineData("user name")]
    [InlineData("bot id")]
    [InlineData("conversation property")]
    public void A_reference_changed_in_any_field_is_written_again(string field)
    {
        _references.Save(Ana, Reference("conv-1"), Now);
        var changed = Reference("conv-1");
        switch (field)
        {
            case "serviceUrl": changed.ServiceUrl = "https://smba.trafficmanager.net/emea/"; break;
            case "locale": changed.Locale = "fr-FR"; break;
            case "tenant": changed.Conversation.TenantId = "tenant-2"; break;
            case "user name": changed.User.Name = "Ana"; break;
            case "bot id": changed.Bot = new ChannelAccount("bot-2"); break;
            case "conversation property": changed.Conversation.Properties["x"] = 1; break;
        }

        Assert.False(LiteDbConversationReferences.SameReference(Reference("conv-1"), changed));
        _references.Save(Ana, changed, Now);
        _references.WritePending(Ana);

        Assert.True(LiteDbConversationReferences.SameReference(changed, new LiteDbConversationReferences(_database).Find(Ana)!.Reference));
        Assert.True(LiteDbConversationReferences.SameReference(Reference("conv-1"), Reference("conv-1")));
    }

    [Fact]
    public void A_new_conversation_replaces_the_one_kept()
    {
        _references.Save(Ana, Reference("conv-1"), Now);
        _references.Save(Ana, Reference("conv-1"), Now);
        _references.Save(Ana, Reference("conv-2"), Now);
        _references.WritePending(Ana);

        Assert.Equal("conv-2", _references.Find(Ana)!.Reference.Conversation.Id);
        Assert.Equal("conv-2", new LiteDbConversationReferences(_database).Find(Ana)!.Reference.Conversation.Id);
    }

    [Fact]
    public void More_people_than_the_memory_keeps_are_all_written_and_the_memory_stays_bounded()
    {
        const int people = 2_500;
        for (var person = 0; person < people; person++)
        {
            _references.Save($"test:user-{person}", Reference($"conv-{person}"), Now);
            _references.WritePending($"test:user-{person}");
            Assert.InRange(_references.KeptCount, 1, LiteDbConversationReferences.MaxKept);
        }

        var fresh = new LiteDbConversationReferences(_database);
        Assert.All(Enumerable.Range(0, people), person => Assert.Equal($"conv-{person}", fresh.Find($"test:user-{person}")!.Reference.Conversation.Id));
    }

    [Fact]
    public async Task A_new_reference_rides_along_with_the_next_write_of_anyone_and_is_found_meanwhile()
    {
        var storage = new LiteDbStorage(_database);
        _references.Save(Ana, Reference("conv-1"), Now);
        Assert.Equal("conv-1", _references.Find(Ana)!.Reference.Conversation.Id);
        Assert.Null(new LiteDbConversationReferences(_database).Find(Ana));
        await storage.WriteAsync(new Dictionary<string, object> { ["emulator/conversations/conv-1"] = new Dictionary<string, object>() });
        var written = _database.CommitsSoFar();
        _references.WritePending(Ana);

        // The state's write took the reference: nothing was left to write after it.
        Assert.Equal(written, _database.CommitsSoFar());
        Assert.Equal("conv-1", new LiteDbConversationReferences(_database).Find(Ana)!.Reference.Conversation.Id);
    }

    [Fact]
    public async Task A_reference_whose_ride_was_rolled_back_is_written_by_the_next_write()
    {
        var storage = new LiteDbStorage(_database);
        await storage.WriteAsync(new Dictionary<string, object> { ["signup/1"] = new LiteDbStorageTests.SignUp { Session = "atelier" } });
        _references.Save(Ana, Reference("conv-1"), Now);

        // A write refused for a stale ETag rolls back, the reference with it.
        var stale = new LiteDbStorageTests.SignUp { Session = "atelier", ETag = "an old etag" };
        await Assert.ThrowsAnyAsync<Exception>(() => storage.WriteAsync(new Dictionary<string, object> { ["signup/1"] = stale }));
        Assert.Null(new LiteDbConversationReferences(_database).Find(Ana));

        _references.WritePending(Ana);
        Assert.Equal("conv-1", new LiteDbConversationReferences(_database).Find(Ana)!.Reference.Conversation.Id);
    }
}
