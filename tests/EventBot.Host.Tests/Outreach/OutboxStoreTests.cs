using EventBot.Domain.Outreach;
using EventBot.Host.Tests.Support;
using EventBot.Outreach;
using EventBot.Storage;
using EventBot.Storage.Outreach;

namespace EventBot.Host.Tests.Outreach;

/// <summary>The outbox on LiteDB: idempotent ids, the statuses a dispatcher moves a message through, and what survives reopening.</summary>
public sealed class OutboxStoreTests : IDisposable
{
    private static readonly DateTimeOffset Now = new(2019, 10, 16, 8, 0, 0, TimeSpan.Zero);

    private readonly TempDirectory _folder = new();

    public void Dispose() => _folder.Dispose();

    private EventBotDatabase Open() => new(_folder.ConnectionString(), _folder.Path);

    private static OutgoingMessage Message(string id, DateTimeOffset? dueAt = null, DateTimeOffset? expiresAt = null, string? batch = null) =>
        new(id, $"test:{id}", $"Texte {id}", dueAt ?? Now, expiresAt, batch);

    [Fact]
    public void A_message_queued_twice_is_kept_once_even_after_it_was_sent()
    {
        using var database = Open();
        var outbox = new LiteDbOutbox(database);
        outbox.Enqueue([Message("a", batch: "b1"), Message("a", batch: "b1")]);
        Assert.Single(outbox.Due(Now, 10));

        Assert.True(outbox.MarkSending("a"));
        outbox.MarkSent("a", Now);
        outbox.Enqueue([Message("a", batch: "b1")]);

        Assert.Empty(outbox.Due(Now.AddDays(1), 10));
        var delivery = Assert.Single(outbox.Batch("b1"));
        Assert.Equal(DeliveryStatus.Sent, delivery.Status);
        Assert.Equal(1, delivery.Attempts);
        Assert.Equal(Now, delivery.SentAt);
    }

    [Fact]
    public void Only_due_messages_are_given_earliest_first()
    {
        using var database = Open();
        var outbox = new LiteDbOutbox(database);
        outbox.Enqueue([Message("later", Now.AddMinutes(10)), Message("now", Now), Message("before", Now.AddMinutes(-5))]);

        Assert.Equal(["before", "now"], outbox.Due(Now, 10).Select(m => m.Id));
        Assert.Equal(["before"], outbox.Due(Now, 1).Select(m => m.Id));
    }

    [Fact]
    public void What_was_being_sent_when_the_process_stopped_is_interrupted_and_the_rest_still_queued_after_reopening()
    {
        using (var database = Open())
        {
            var outbox = new LiteDbOutbox(database);
            outbox.Enqueue([Message("a"), Message("b"), Message("c")]);
            outbox.MarkSending("a");
            outbox.MarkSent("a", Now);
            outbox.MarkSending("b");
        }

        using var reopened = Open();
        var again = new LiteDbOutbox(reopened);
        Assert.Equal(1, again.MarkInterrupted());

        Assert.Equal(DeliveryStatus.Interrupted, again.Find("b")!.Status);
        Assert.Equal(["c"], again.Due(Now, 10).Select(m => m.Id));
        Assert.False(again.MarkSending("b"));
    }

    [Fact]
    public void A_message_still_unsent_at_its_expiry_is_expired_and_one_without_expiry_never()
    {
        using var database = Open();
        var outbox = new LiteDbOutbox(database);
        outbox.Enqueue([Message("stale", Now.AddHours(-2), expiresAt: Now.AddHours(-1)), Message("fresh", Now, expiresAt: Now.AddHours(1)), Message("forever", Now.AddHours(-3))]);

        Assert.Equal(1, outbox.ExpireOverdue(Now));

        Assert.Equal(DeliveryStatus.Expired, outbox.Find("stale")!.Status);
        Assert.Equal(["forever", "fresh"], outbox.Due(Now, 10).Select(m => m.Id));
    }

    [Fact]
    public void A_retried_message_waits_for_its_next_try_and_a_cancelled_one_is_never_given()
    {
        using var database = Open();
        var outbox = new LiteDbOutbox(database);
        outbox.Enqueue([Message("retry"), Message("cancel")]);

        outbox.MarkSending("retry");
        outbox.MarkRetry("retry", Now.AddSeconds(30), "HTTP 429");
        Assert.True(outbox.Cancel("cancel"));
        Assert.False(outbox.Cancel("retry-unknown"));

        Assert.Empty(outbox.Due(Now.AddSeconds(29), 10));
        var due = Assert.Single(outbox.Due(Now.AddSeconds(30), 10));
        Assert.Equal(("retry", 1), (due.Id, due.Attempts));
        Assert.Equal("HTTP 429", outbox.Find("retry")!.Error);
        Assert.Equal(DeliveryStatus.Cancelled, outbox.Find("cancel")!.Status);
    }

    [Fact]
    public void A_version_2_file_gets_the_outbox_and_reference_indexes_and_keeps_its_sign_ups()
    {
        var path = System.IO.Path.Combine(_folder.Path, "v2.db");
        Directory.CreateDirectory(_folder.Path);
        using (var v2 = new LiteDB.LiteDatabase($"Filename={path}"))
        {
            v2.GetCollection("meta").Upsert(new LiteDB.BsonDocument { ["_id"] = "schema", ["version"] = 2 });
            v2.GetCollection("signups").Insert(new LiteDB.BsonDocument { ["_id"] = "s1", ["userKey"] = "test:u" });
        }

        using var database = new EventBotDatabase($"Filename={path}", _folder.Path);

        IEnumerable<string> Indexes(string collection) => database.Database.GetCollection("$indexes")
            .Find(LiteDB.Query.EQ("collection", collection)).Select(index => index["name"].AsString).Order();
        Assert.Equal(["_id", "batchId", "nextAttemptAt", "seq", "status"], Indexes("outbox"));
        Assert.Equal(["_id"], Indexes("conversationrefs"));
        Assert.NotNull(database.Database.GetCollection("signups").FindById("s1"));
    }

    [Theory]
    [InlineData(1, 0.0, 500)]
    [InlineData(1, 0.999, 999)]
    [InlineData(3, 0.0, 2000)]
    [InlineData(20, 0.0, 30000)]
    public void Backoff_doubles_with_jitter_up_to_the_cap(int attempt, double random, int expectedMilliseconds)
    {
        var options = new OutreachOptions { RetryBaseDelay = TimeSpan.FromSeconds(1), RetryMaxDelay = TimeSpan.FromMinutes(1) };

        Assert.Equal(expectedMilliseconds, (int)RetryDelays.After(attempt, options, random).TotalMilliseconds);
    }

    [Fact]
    public void Backoff_never_retries_sooner_than_the_channel_asked()
    {
        var options = new OutreachOptions { RetryBaseDelay = TimeSpan.FromSeconds(1) };

        Assert.Equal(TimeSpan.FromSeconds(7), RetryDelays.After(1, options, 0.5, retryAfter: TimeSpan.FromSeconds(7)));
        Assert.Equal(TimeSpan.FromMilliseconds(750), RetryDelays.After(1, options, 0.5, retryAfter: TimeSpan.Zero));
    }
}
