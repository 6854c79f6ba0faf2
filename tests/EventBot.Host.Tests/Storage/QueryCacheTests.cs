using System.Collections;
using System.Reflection;
using EventBot.Storage.Outreach;
using EventBot.Storage.Reminders;
using LiteDB;

namespace EventBot.Host.Tests.Storage;

/// <summary>
/// LiteDB keeps a compiled delegate for every distinct expression text for the life of the process: a query with its value
/// written into the text grows that cache, and the process's memory, with every person, message or instant asked about.
/// </summary>
public sealed class QueryCacheTests
{
    [Fact]
    public void Asking_about_many_people_messages_and_instants_compiles_no_new_expression_for_each()
    {
        using var bed = new SignUpTestBed();
        var reminders = new LiteDbReminderStore(bed.Database);
        var outbox = new LiteDbOutbox(bed.Database);
        void AskAbout(int n)
        {
            reminders.IsStopped($"test:cache-{n}");
            reminders.ForUser($"test:cache-{n}");
            bed.Service.Find($"test:cache-{n}", $"cache{n}@exemple.fr");
            outbox.Due(DateTimeOffset.UnixEpoch.AddSeconds(n), 10);
            outbox.ExpireOverdue(DateTimeOffset.UnixEpoch.AddSeconds(n));
            outbox.Batch($"batch-{n}");
        }

        AskAbout(0);
        var before = CompiledExpressions();
        for (var n = 1; n <= 50; n++)
        {
            AskAbout(n);
        }

        // 300 with values in the text; a few at most from tests running meanwhile.
        Assert.InRange(CompiledExpressions() - before, 0, 25);
    }

    private static int CompiledExpressions() => Count("_cacheScalar") + Count("_cacheEnumerable");

    private static int Count(string field) =>
        ((ICollection)typeof(BsonExpression).GetField(field, BindingFlags.NonPublic | BindingFlags.Static)!.GetValue(null)!).Count;
}
