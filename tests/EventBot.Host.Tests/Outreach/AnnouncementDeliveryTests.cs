using System.Diagnostics;
using System.Text.Json;
using EventBot.Domain.Outreach;
using EventBot.Domain.SignUps;
using EventBot.Host.Tests.DirectLine;
using EventBot.Host.Tests.Support;

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

    private Task<string> Hello(OutreachTestBed host, string user) => host.ChatAsync(_connector.ServiceUrl, "emulator", user, $"conv-{user}", "bonjour");

    private IReadOnlyList<string> AcceptedConversations() => [.. _connector.Accepted.Select(post => post.ConversationId).Order()];

    private static int Count(JsonElement report, string status) => report.GetProperty("counts").GetProperty(status).GetInt32();

    private static JsonElement Delivery(JsonElement report, string recipient) =>
        report.GetProperty("deliveries").EnumerateArray().Single(d => d.GetProperty("recipient").GetString() == recipient);

    [Fact]
    public async Task Three_people_on_three_channels_two_signed_up_for_Emergence_the_announcement_reaches_exactly_those_two_once()
    {
        using var host = Host();

        // The web widget: Web Chat on the embedded Direct Line, replies through the embedded connector.
        var directLine = new DirectLineClient(host);
        var widget = await directLine.StartAsync();
        await directLine.PostAsync(widget, DirectLineTestHost.Message("c'est quoi le parcours Emergence ?"));

        // The Emulator: plain HTTP on /api/messages, replies to the fake connector.
        await SignUpAsync(host, "emulator", "emu-user", "conv-emu", null, "Nora Haddad", "nora.haddad@exemple.fr");

        // Teams: a personal chat in a tenant.
        await SignUpAsync(host, "msteams", "29:teams-user", "a:teams-conv", "tenant-42", "Yanis Morel", "yanis.morel@exemple.fr");

        var id = await host.AnnounceAcceptedAsync(new { text = "La salle de l'atelier a changé.", parcours = "Emergence" }, expectedRecipients: 2);
        var report = await host.SettledReportAsync(id);

        Assert.Equal(2, Count(report, "sent"));
        Assert.Equal(["emulator:emu-user", "msteams:29:teams-user"], report.GetProperty("deliveries").EnumerateArray()
            .Select(d => d.GetProperty("recipient").GetString()).Order());
        await Task.Delay(500);
        var announcements = _connector.Accepted.Where(post => post.Text?.Contains("La salle de l'atelier a changé.") == true).ToList();
        Assert.Equal(["a:teams-conv", "conv-emu"], announcements.Select(post => post.ConversationId).Order());
        var teams = announcements.Single(post => post.ConversationId == "a:teams-conv").Activity;
        Assert.Equal("tenant-42", teams.GetProperty("conversation").GetProperty("tenantId").GetString());
        Assert.Equal("29:teams-user", teams.GetProperty("recipient").GetProperty("id").GetString());
        Assert.DoesNotContain(await directLine.BotTextsAsync(widget), text => text.Contains("La salle de l'atelier a changé."));

        // The widget is reachable too: an announcement to everyone reaches all three.
        var everyone = await host.AnnounceAcceptedAsync(new { text = "Le Pop-Up ouvre à 9 h." }, expectedRecipients: 3);
        Assert.Equal(3, Count(await host.SettledReportAsync(everyone), "sent"));
        Assert.Contains(await directLine.BotTextsAsync(widget), text => text == "Message des organisateurs : Le Pop-Up ouvre à 9 h.");
        Assert.Equal(2, _connector.Accepted.Count(post => post.Text == "Message des organisateurs : Le Pop-Up ouvre à 9 h."));
    }

    private async Task SignUpAsync(OutreachTestBed host, string channel, string user, string conversation, string? tenant, string name, string email)
    {
        async Task<string> Say(string text) => await host.ChatAsync(_connector.ServiceUrl, channel, user, conversation, text, tenant);

        Assert.Contains("prénom et votre nom", await Say("je veux m'inscrire au parcours Emergence"));
        Assert.Contains("adresse e-mail", await Say(name));
        Assert.Contains("organisation", await Say(email));
        await Say("Maison de quartier");
        await Say("citoyenne");
        Assert.Contains("Récapitulatif", await Say("oui"));
        Assert.Contains("C'est confirmé", await Say("oui"));
    }

    [Fact]
    public async Task Without_parcours_or_day_an_announcement_reaches_everyone_the_bot_talked_with_once()
    {
        using var host = Host();
        await Hello(host, "ana");
        await Hello(host, "bao");

        var id = await host.AnnounceAcceptedAsync(new { text = "Le Pop-Up ouvre ses portes à 9 h." }, expectedRecipients: 2);
        var report = await host.SettledReportAsync(id);

        Assert.Equal(2, Count(report, "sent"));
        var posts = _connector.Accepted;
        Assert.Equal(["conv-ana", "conv-bao"], AcceptedConversations());
        Assert.All(posts, post => Assert.Equal("Message des organisateurs : Le Pop-Up ouvre ses portes à 9 h.", post.Text));
        Assert.All(posts, post => Assert.Equal(post.ConversationId[5..], post.Activity.GetProperty("recipient").GetProperty("id").GetString()));
    }

    [Fact]
    public async Task The_waiting_list_of_a_parcours_is_an_audience_of_its_own()
    {
        using var host = Host(new() { ["EventBot:SignUps:Capacities:emergence"] = "1" });
        await Hello(host, "ana");
        await Hello(host, "bao");
        await Hello(host, "cleo");
        var signUps = host.Get<ISignUpService>();
        signUps.SignUp("emergence", Person("Ana"), "emulator:ana", DateTimeOffset.UtcNow);
        signUps.JoinWaitingList("emergence", Person("Bao"), "emulator:bao", DateTimeOffset.UtcNow);
        signUps.SignUp("attractivite", Person("Cleo"), "emulator:cleo", DateTimeOffset.UtcNow);

        var waiting = await host.AnnounceAcceptedAsync(new { text = "Une place va peut-être se libérer.", parcours = "emergence", audience = "attente" }, 1);
        Assert.Equal(1, Count(await host.SettledReportAsync(waiting), "sent"));
        Assert.Equal(["conv-bao"], AcceptedConversations());

        var all = await host.AnnounceAcceptedAsync(new { text = "Tout le parcours.", parcours = "emergence", audience = "tous" }, 2);
        Assert.Equal(2, Count(await host.SettledReportAsync(all), "sent"));

        var day = await host.AnnounceAcceptedAsync(new { text = "Tous les inscrits du 16.", day = "2019-10-16" }, 2);
        Assert.Equal(["emulator:ana", "emulator:cleo"], (await host.SettledReportAsync(day)).GetProperty("deliveries").EnumerateArray()
            .Select(d => d.GetProperty("recipient").GetString()).Order());
    }

    [Theory]
    [InlineData(429)]
    [InlineData(412)]
    [InlineData(502)]
    [InlineData(504)]
    public async Task A_refusal_the_channel_asks_to_retry_is_retried_until_it_is_accepted(int status)
    {
        using var host = Host();
        await Hello(host, "ana");
        _connector.Answer("conv-ana", status, times: 2, retryAfter: status == 429 ? "0" : null);

        var id = await host.AnnounceAcceptedAsync(new { text = "Rappel : le Pop-Up commence." }, 1);
        var report = await host.SettledReportAsync(id);

        var delivery = Delivery(report, "emulator:ana");
        Assert.Equal("sent", delivery.GetProperty("status").GetString());
        Assert.Equal(3, delivery.GetProperty("attempts").GetInt32());
        Assert.Equal([status, status, 200], _connector.Posts.Where(p => p.ConversationId == "conv-ana" && p.Text!.EndsWith("Rappel : le Pop-Up commence.")).Select(p => p.Status));
    }

    [Fact]
    public async Task After_the_last_try_a_retried_message_is_failed()
    {
        using var host = Host(new() { ["EventBot:Outreach:MaxAttempts"] = "3" });
        await Hello(host, "ana");
        _connector.Answer("conv-ana", 429, times: 10);

        var report = await host.SettledReportAsync(await host.AnnounceAcceptedAsync(new { text = "Essai." }, 1));

        Assert.Equal(1, Count(report, "failed"));
        Assert.Equal("HTTP 429", Delivery(report, "emulator:ana").GetProperty("error").GetString());
        Assert.Equal(3, _connector.Posts.Count(p => p.ConversationId == "conv-ana" && p.Text == "Message des organisateurs : Essai."));
    }

    [Fact]
    public async Task A_channel_that_cannot_be_reached_at_all_is_retried_then_failed()
    {
        using var host = Host(new() { ["EventBot:Outreach:MaxAttempts"] = "2" });
        await host.ChatAsync("http://127.0.0.1:9/", "emulator", "ana", "conv-ana", "bonjour");

        var report = await host.SettledReportAsync(await host.AnnounceAcceptedAsync(new { text = "Personne n'écoute." }, 1));

        var delivery = Delivery(report, "emulator:ana");
        Assert.Equal("failed", delivery.GetProperty("status").GetString());
        Assert.Equal(2, delivery.GetProperty("attempts").GetInt32());
    }

    [Fact]
    public async Task A_server_error_fails_the_message_without_retrying_it()
    {
        using var host = Host();
        await Hello(host, "ana");
        await Hello(host, "bao");
        _connector.Answer("conv-ana", 500);

        var report = await host.SettledReportAsync(await host.AnnounceAcceptedAsync(new { text = "Essai." }, 2));

        Assert.Equal("failed", Delivery(report, "emulator:ana").GetProperty("status").GetString());
        Assert.Equal("sent", Delivery(report, "emulator:bao").GetProperty("status").GetString());
        Assert.Single(_connector.Posts, p => p.ConversationId == "conv-ana" && p.Text == "Message des organisateurs : Essai.");
    }

    [Theory]
    [InlineData(403)]
    [InlineData(404)]
    public async Task A_conversation_the_channel_refuses_is_marked_unreachable_until_the_person_writes_again(int status)
    {
        using var host = Host();
        await Hello(host, "ana");
        await Hello(host, "bao");
        host.Get<ISignUpService>().SignUp("emergence", Person("Ana"), "emulator:ana", DateTimeOffset.UtcNow);
        _connector.Answer("conv-ana", status);

        var first = await host.SettledReportAsync(await host.AnnounceAcceptedAsync(new { text = "Premier." }, 2));
        Assert.Equal("unreachable", Delivery(first, "emulator:ana").GetProperty("status").GetString());
        Assert.Equal(["emulator:bao"], host.Get<IReachablePeople>().UserKeys());

        // Targeted by her sign-up, she is not posted to again: the reference says the channel refused her.
        var second = await host.SettledReportAsync(await host.AnnounceAcceptedAsync(new { text = "Second.", parcours = "emergence" }, 1));
        Assert.Equal("unreachable", Delivery(second, "emulator:ana").GetProperty("status").GetString());
        Assert.Single(_connector.Posts, p => p.ConversationId == "conv-ana" && p.Text!.StartsWith("Message des organisateurs"));

        await Hello(host, "ana");
        Assert.Equal(["emulator:ana", "emulator:bao"], host.Get<IReachablePeople>().UserKeys().Order());
        var third = await host.SettledReportAsync(await host.AnnounceAcceptedAsync(new { text = "Troisième.", parcours = "emergence" }, 1));
        Assert.Equal("sent", Delivery(third, "emulator:ana").GetProperty("status").GetString());
    }

    [Fact]
    public async Task An_announcement_for_later_waits_for_its_time()
    {
        using var host = Host();
        await Hello(host, "ana");
        var sendAt = DateTimeOffset.UtcNow.AddSeconds(3);

        var id = await host.AnnounceAcceptedAsync(new { text = "Plus tard.", sendAt = sendAt.ToString("O") }, 1);
        await Task.Delay(1000);

        Assert.Equal(1, Count(await host.ReportAsync(id), "queued"));
        Assert.DoesNotContain(_connector.Posts, p => p.Text == "Message des organisateurs : Plus tard.");
        var report = await host.SettledReportAsync(id);
        Assert.Equal(1, Count(report, "sent"));
        Assert.True(DateTimeOffset.Parse(Delivery(report, "emulator:ana").GetProperty("sentAt").GetString()!) >= sendAt);
    }

    [Fact]
    public async Task Sends_are_paced_under_the_configured_rate()
    {
        using var host = Host(new() { ["EventBot:Outreach:MessagesPerSecond"] = "4" });
        var people = Enumerable.Range(1, 12).Select(i => $"p{i:00}").ToList();
        foreach (var person in people)
        {
            await Hello(host, person);
        }

        var report = await host.SettledReportAsync(await host.AnnounceAcceptedAsync(new { text = "Cadence." }, 12), seconds: 30);

        Assert.Equal(12, Count(report, "sent"));
        var times = _connector.Accepted.Where(p => p.Text == "Message des organisateurs : Cadence.")
            .Select(p => p.Timestamp).Order().ToList();
        Assert.Equal(12, times.Count);

        // At four a second the twelfth send starts 2.75 s after the first; unpaced, all twelve arrive within a fraction of a
        // second. Only the whole span is checked: arrivals of single sends bunch up on a busy machine (network and scheduling
        // jitter), and the exact schedule is checked on a controlled clock in SendPacerTests.
        Assert.True(Stopwatch.GetElapsedTime(times[0], times[^1]) >= TimeSpan.FromSeconds(1.5));
    }

    [Fact]
    public async Task A_restart_in_the_middle_of_a_send_neither_sends_twice_nor_forgets_the_rest()
    {
        var people = new[] { "ana", "bao", "cleo", "dan", "eve", "fil" };
        string id;
        string stalled;
        using (var before = Host(new() { ["EventBot:Outreach:MessagesPerSecond"] = "2" }))
        {
            foreach (var person in people)
            {
                await Hello(before, person);
            }

            // The third post reaches the channel, which never answers it.
            var held = _connector.HoldAccepted(3);
            id = await before.AnnounceAcceptedAsync(new { text = "Pendant la coupure." }, people.Length);
            stalled = (await held.WaitAsync(TimeSpan.FromSeconds(15)))["conv-".Length..];

            var during = await before.ReportAsync(id);
            Assert.Equal(2, Count(during, "sent"));
            Assert.Equal(1, Count(during, "sending"));
            Assert.Equal(3, Count(during, "queued"));
        }

        // The bot stopped while its post to the third person had reached the channel, unanswered.
        using var after = Host();
        var report = await after.SettledReportAsync(id);

        Assert.Equal(people.Length - 1, Count(report, "sent"));
        Assert.Equal("interrupted", Delivery(report, $"emulator:{stalled}").GetProperty("status").GetString());
        await Task.Delay(300);
        var received = _connector.Accepted.Where(p => p.Text == "Message des organisateurs : Pendant la coupure.").Select(p => p.ConversationId).Order();
        Assert.Equal(people.Select(p => $"conv-{p}").Order(), received);
    }

    [Fact]
    public async Task Deleting_ones_data_drops_the_conversation_reference()
    {
        using var host = Host();
        await Hello(host, "ana");
        await Hello(host, "bao");
        var before = await host.SettledReportAsync(await host.AnnounceAcceptedAsync(new { text = "Avant l'effacement." }, 2));
        Assert.Equal(2, Count(before, "sent"));
        Assert.Contains("vraiment supprimer", await host.ChatAsync(_connector.ServiceUrl, "emulator", "ana", "conv-ana", "supprimez mes données"));
        Assert.Contains("C'est fait", await host.ChatAsync(_connector.ServiceUrl, "emulator", "ana", "conv-ana", "oui"));

        Assert.Equal(["emulator:bao"], host.Get<IReachablePeople>().UserKeys());

        // Her deliveries, which name her, go too.
        var earlier = await host.ReportAsync(before.GetProperty("id").GetString()!);
        Assert.Equal(["emulator:bao"], earlier.GetProperty("deliveries").EnumerateArray().Select(d => d.GetProperty("recipient").GetString()));
        var report = await host.SettledReportAsync(await host.AnnounceAcceptedAsync(new { text = "Après l'effacement." }, 1));
        Assert.Equal(["conv-bao"], _connector.Accepted.Where(p => p.Text!.EndsWith("Après l'effacement.")).Select(p => p.ConversationId));
        Assert.Equal(1, Count(report, "sent"));
    }

    [Fact]
    public async Task A_person_given_a_place_from_the_waiting_list_is_told_at_once_and_only_once()
    {
        using var host = Host(new() { ["EventBot:SignUps:Capacities:emergence"] = "1" });
        await Hello(host, "ana");
        await Hello(host, "bao");
        var signUps = host.Get<ISignUpService>();
        var ana = signUps.SignUp("emergence", Person("Ana"), "emulator:ana", DateTimeOffset.UtcNow).SignUp!;
        signUps.JoinWaitingList("emergence", Person("Bao"), "emulator:bao", DateTimeOffset.UtcNow);

        signUps.Cancel(ana.Id);

        await _connector.WaitUntilAsync(posts => posts.Any(p => p.ConversationId == "conv-bao" && p.Text!.Contains("une place s'est libérée")), "the notice");
        Assert.DoesNotContain("place s'est libérée", await Hello(host, "bao"));
        await Task.Delay(300);
        Assert.Single(_connector.Posts, p => p.Text!.Contains("place s'est libérée"));
    }
}
