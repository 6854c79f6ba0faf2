using System.Diagnostics;
using System.Text.Json;
using EventBot.Domain.Outreach;
using EventBot.Domain.SignUps;
using EventBot.Host.Tests.Support;
using EventBot.Storage.Outreach;

namespace EventBot.Host.Tests.Outreach;

/// <summary>
/// Announcements driven end to end: the organisers' API, the outbox on LiteDB, the dispatcher, the real adapter's
/// ContinueConversationAsync, and a fake Bot Connector on loopback that records what arrives and answers errors on demand.
/// </summary>
public sealed class AnnouncementDeliveryTests : IAsyncLifetime
{
    private readonly TempDirectory _folder = new();
    private FakeConnector _connector = null!;

    public async Task InitializeAsync() => _connector = await FakeConnector.StartAsync();

    public async Task DisposeAsync()
    {
        await _connector.DisposeAsync();
        _folder.Dispose();
    }

    private OutreachTestBed Host(Dictionary<string, string?>? settings = null) => new(_folder.ConnectionString(), settings);

    private static Participant Person(string name) =>
        new(name, "Test", $"{name.ToLowerInvariant()}@exemple.fr", "Asso", Profile.Autre);

    [Fact]
    public async Task Without_parcours_or_day_an_announcement_reaches_everyone_the_bot_talked_with_once()
    {
        using var host = Host();
        await host.ChatAsync(_connector.ServiceUrl, "emulator", "ana", "conv-ana", "bonjour");
        await host.ChatAsync(_connector.ServiceUrl, "emulator", "bao", "conv-bao", "bonjour");

        var id = await host.AnnounceAcceptedAsync(new { text = "Le Pop-Up ouvre ses portes à 9 h." }, expectedRecipients: 2);
        var report = await host.SettledReportAsync(id);

        Assert.Equal(2, report.GetProperty("counts").GetProperty("sent").GetInt32());
        var posts = _connector.Accepted;
        Assert.Equal(["conv-ana", "conv-bao"], posts.Select(p => p.ConversationId).Order());
        Assert.All(posts, post => Assert.Equal("Message des organisateurs : Le Pop-Up ouvre ses portes à 9 h.", post.Text));
        Assert.All(posts, post => Assert.Equal(post.ConversationId == "conv-ana" ? "ana" : "bao", post.Activity.GetProperty("recipient").GetProperty("id").GetString()));
    }
}
