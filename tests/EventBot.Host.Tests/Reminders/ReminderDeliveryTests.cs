using System.Diagnostics;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Nodes;
using EventBot.Domain.Reminders;
using EventBot.Domain.Seeds;
using EventBot.Domain.SignUps;
using EventBot.Domain.Store;
using EventBot.Host.Tests.DirectLine;
using EventBot.Host.Tests.Outreach;
using EventBot.Host.Tests.Support;
using Microsoft.Extensions.DependencyInjection;

namespace EventBot.Host.Tests.Reminders;

/// <summary>
/// Reminders end to end: asked in the chat or scheduled by an organiser, sent by the host's background service through
/// the outbox, the dispatcher and the real adapter to a fake Bot Connector on loopback, with a clock the test moves and
/// restarts (a new host on the same database file) in between.
/// </summary>
public sealed class ReminderDeliveryTests : IAsyncLifetime
{
    private const string Atelier = "atelier-innovations-sociales";
    private readonly TempDirectory _folder = new();
    private readonly ManualClock _clock = new(new DateTimeOffset(2019, 10, 16, 13, 40, 0, TimeSpan.FromHours(2)));
    private FakeConnector _connector = null!;

    public async Task InitializeAsync()
    {
        _connector = await FakeConnector.StartAsync();

        // The programme as organisers completed it: the atelier has an hour, which the sources do not give. A seed file
        // rather than a live update, so that every restarted host starts with it.
        Directory.CreateDirectory(_folder.Path);
        File.WriteAllText(SeedPath, WithAtelierAt(File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "seeds", "event.json")), "14:00"));
    }

    private string SeedPath => Path.Combine(_folder.Path, "event.json");

    public async Task DisposeAsync()
    {
        await _connector.DisposeAsync();
        _folder.Dispose();
    }

    [Fact]
    public async Task A_reminder_due_in_ten_minutes_arrives_once_although_the_bot_restarts_in_between()
    {
        using (var before = Host())
        {
            var set = await before.ChatAsync(_connector.ServiceUrl, "emulator", "ana", "conv-ana", "rappelle-moi 10 minutes avant l'atelier sur les innovations sociales");
            await before.ChatAsync(_connector.ServiceUrl, "emulator", "bao", "conv-bao", "bonjour");

            Assert.Contains("je vous rappellerai l'atelier « des innovations sociales", set);
            Assert.Contains("le mercredi 16 octobre à 13h50, 10 minutes avant le début", set);

            // Ten minutes ahead: several rounds go by and nothing is sent.
            await Task.Delay(400);
            Assert.Empty(_connector.Posts);
        }

        _clock.Advance(TimeSpan.FromMinutes(10));
        using (var after = Host())
        {
            var post = await OnePostAsync();
            Assert.Equal("conv-ana", post.ConversationId);
            Assert.Equal("ana", post.Activity.GetProperty("recipient").GetProperty("id").GetString());
            Assert.StartsWith("Rappel : l'atelier « des innovations sociales", post.Text);
            Assert.EndsWith("commence aujourd'hui à 14h (lieu : Plaine Images).", post.Text);
            Assert.DoesNotContain(ReminderTexts.LatePrefix, post.Text);
        }

        _clock.Advance(TimeSpan.FromMinutes(1));
        using (var again = Host())
        {
            await Task.Delay(400);
        }

        Assert.Single(_connector.Posts);
    }

    [Fact]
    public async Task A_new_sign_up_has_its_reminder_within_seconds_without_waiting_for_the_next_round()
    {
        // Two days before the Pop-Up, and the next round an hour away: only the look at new sign-ups between rounds can
        // make the reminder.
        _clock.Advance(TimeSpan.FromDays(-2));
        using var host = Host(new() { ["EventBot:Reminders:PollInterval"] = "01:00:00" });
        await host.ChatAsync(_connector.ServiceUrl, "emulator", "ana", "conv-ana", "bonjour");
        await Task.Delay(300);

        host.Get<ISignUpService>().SignUp("emergence", Person("Ana"), "emulator:ana", _clock.Now);

        var store = host.Get<IReminderStore>();
        var id = Reminder.IdFor("emulator:ana", new ReminderTarget(ReminderTargetKind.Parcours, "emergence"));
        var deadline = DateTime.UtcNow.AddSeconds(10);
        while (store.Find(id) is null && DateTime.UtcNow < deadline)
        {
            await Task.Delay(50);
        }

        Assert.Equal(ReminderStatus.Pending, store.Find(id)?.Status);
        Assert.Empty(_connector.Posts);
    }

    [Fact]
    public async Task A_reminder_due_while_the_bot_was_down_is_sent_late_with_an_apology()
    {
        using (var before = Host())
        {
            await before.ChatAsync(_connector.ServiceUrl, "emulator", "ana", "conv-ana", "rappelle-moi 15 minutes avant l'atelier sur les innovations sociales");
        }

        // Down from 13:40 to 13:58: due at 13:45, the atelier has not begun.
        _clock.Advance(TimeSpan.FromMinutes(18));
        using var after = Host();

        var post = await OnePostAsync();
        Assert.StartsWith(ReminderTexts.LatePrefix + "rappel : l'atelier", post.Text);
    }

    [Fact]
    public async Task An_organiser_schedules_a_reminder_for_the_people_signed_up_to_the_sessions_parcours()
    {
        using var host = Host();
        GiveAtelierAnHour(host, "15:00");
        await host.ChatAsync(_connector.ServiceUrl, "emulator", "ana", "conv-ana", "bonjour");
        await host.ChatAsync(_connector.ServiceUrl, "emulator", "bao", "conv-bao", "bonjour");
        await host.ChatAsync(_connector.ServiceUrl, "emulator", "cy", "conv-cy", "bonjour");
        var signUps = host.Get<ISignUpService>();
        signUps.SignUp("innovation-et-economie", Person("Ana"), "emulator:ana", _clock.Now);
        signUps.SignUp("innovation-et-economie", Person("Bao"), "emulator:bao", _clock.Now);
        signUps.SignUp("emergence", Person("Cy"), "emulator:cy", _clock.Now);

        await AssertRefusedAsync(host, new { target = "atelier des licornes", leadMinutes = 30 }, "Je ne trouve ni atelier, ni parcours, ni événement « atelier des licornes »");

        var scheduled = await ScheduleAsync(host, new { target = Atelier, leadMinutes = 30, note = "Salle 2, au premier étage." });
        Assert.Equal(2, scheduled.GetProperty("recipients").GetInt32());
        Assert.True(scheduled.GetProperty("hourKnown").GetBoolean());
        Assert.Equal(new DateTimeOffset(2019, 10, 16, 14, 30, 0, TimeSpan.FromHours(2)), scheduled.GetProperty("dueAt").GetDateTimeOffset());

        _clock.Advance(TimeSpan.FromMinutes(50));
        var posts = await PostsAsync(2);
        Assert.Equal(["conv-ana", "conv-bao"], posts.Select(p => p.ConversationId).Order());
        Assert.All(posts, p => Assert.EndsWith("(lieu : Plaine Images).\nMessage des organisateurs : Salle 2, au premier étage.", p.Text));
    }

    [Fact]
    public async Task An_event_of_the_week_is_reminded_to_everyone_signed_up_and_wrong_requests_get_a_clear_answer()
    {
        using var host = Host();
        var signUps = host.Get<ISignUpService>();
        signUps.SignUp("emergence", Person("Ana"), "emulator:ana", _clock.Now);
        signUps.SignUp("attractivite", Person("Bao"), "emulator:bao", _clock.Now);

        var scheduled = await ScheduleAsync(host, new { target = "Soirée de clôture" });
        Assert.Equal("event", scheduled.GetProperty("target").GetProperty("kind").GetString());
        Assert.Equal(2, scheduled.GetProperty("recipients").GetInt32());
        Assert.False(scheduled.GetProperty("hourKnown").GetBoolean());
        Assert.Equal(new DateTimeOffset(2019, 10, 17, 18, 0, 0, TimeSpan.FromHours(2)), scheduled.GetProperty("dueAt").GetDateTimeOffset());
        Assert.Equal(2, host.Get<IReminderStore>().All().Count(r => r.Target.Id == "soiree-de-cloture" && r.Origin == ReminderOrigin.Organiser));

        await AssertRefusedAsync(host, new { }, "Indiquez de quoi faire le rappel");
        await AssertRefusedAsync(host, new { target = "emergence", leadMinutes = 0 }, "leadMinutes");
        await AssertRefusedAsync(host, new { target = "emergence", note = new string('x', 501) }, "trop longue");
        await AssertRefusedAsync(host, new { target = "lancement-semaine" }, "est terminé");

        using var anonymous = await host.Client.PostAsJsonAsync("/api/organisers/reminders", new { target = "emergence" });
        Assert.Equal(HttpStatusCode.Unauthorized, anonymous.StatusCode);
    }

    [Fact]
    public async Task The_evening_before_hour_and_the_default_lead_come_from_configuration()
    {
        using var host = Host(new()
        {
            ["EventBot:Reminders:EveningBeforeAt"] = "19:30",
            ["EventBot:Reminders:DefaultLeadTime"] = "00:20:00",
        });
        host.Get<ISignUpService>().SignUp("emergence", Person("Ana"), "emulator:ana", _clock.Now);

        var withoutHour = await ScheduleAsync(host, new { target = "soiree-de-cloture" });
        var withHour = await ScheduleAsync(host, new { target = Atelier });

        Assert.Equal(new DateTimeOffset(2019, 10, 17, 19, 30, 0, TimeSpan.FromHours(2)), withoutHour.GetProperty("dueAt").GetDateTimeOffset());
        Assert.Equal(new DateTimeOffset(2019, 10, 16, 13, 40, 0, TimeSpan.FromHours(2)), withHour.GetProperty("dueAt").GetDateTimeOffset());
    }

    [Fact]
    public async Task An_organiser_announces_from_the_chat_to_the_people_of_a_parcours_once_after_confirming()
    {
        using var host = Host(new() { ["EventBot:Organisers:ChatUserIds:0"] = "orga" });
        foreach (var user in new[] { "ana", "bao", "cy", "orga" })
        {
            await host.ChatAsync(_connector.ServiceUrl, "emulator", user, $"conv-{user}", "bonjour");
        }

        var signUps = host.Get<ISignUpService>();
        signUps.SignUp("emergence", Person("Ana"), "emulator:ana", _clock.Now);
        signUps.SignUp("emergence", Person("Bao"), "emulator:bao", _clock.Now);
        signUps.SignUp("attractivite", Person("Cy"), "emulator:cy", _clock.Now);

        var refused = await host.ChatAsync(_connector.ServiceUrl, "emulator", "cy", "conv-cy", "annonce aux inscrits Emergence : fausse alerte");
        Assert.Contains("réservée aux organisateurs", refused);

        var summary = await host.ChatAsync(_connector.ServiceUrl, "emulator", "orga", "conv-orga", "annonce aux inscrits Emergence : la salle a changé");
        Assert.Contains("aux inscrits du parcours Emergence (2 personnes)", summary);
        await Task.Delay(200);
        Assert.Empty(_connector.Posts);

        var sent = await host.ChatAsync(_connector.ServiceUrl, "emulator", "orga", "conv-orga", "oui");
        Assert.Contains("en cours d'envoi à 2 personnes", sent);
        var posts = await PostsAsync(2);
        Assert.Equal(["conv-ana", "conv-bao"], posts.Select(p => p.ConversationId).Order());
        Assert.All(posts, p => Assert.Equal("Message des organisateurs : la salle a changé", p.Text));

        await host.ChatAsync(_connector.ServiceUrl, "emulator", "orga", "conv-orga", "oui");
        await Task.Delay(300);
        Assert.Equal(2, _connector.Posts.Count);
    }

    private OutreachTestBed Host(Dictionary<string, string?>? settings = null)
    {
        var all = new Dictionary<string, string?>
        {
            ["EventBot:Reminders:PollInterval"] = "00:00:00.050",
            ["EventBot:SeedsPath"] = SeedPath,
        };
        foreach (var (key, value) in settings ?? [])
        {
            all[key] = value;
        }

        var host = new OutreachTestBed(_folder.ConnectionString(), all, services => services.AddSingleton<TimeProvider>(_clock));
        _ = host.Client;
        return host;
    }

    /// <summary>An organiser's live update: the atelier's hour changes.</summary>
    private void GiveAtelierAnHour(OutreachTestBed host, string start) =>
        host.Get<EventDataStore>().Replace(EventDataLoader.Parse(WithAtelierAt(File.ReadAllText(SeedPath), start), "test update"));

    private static string WithAtelierAt(string seedJson, string start)
    {
        var root = JsonNode.Parse(seedJson)!.AsObject();
        var session = root["parcours"]!.AsArray().SelectMany(p => p!["sessions"]!.AsArray()).Single(s => (string)s!["id"]! == Atelier)!;
        session["startTime"] = start;
        return root.ToJsonString();
    }

    private static Participant Person(string name) => new(name, "Test", $"{name.ToLowerInvariant()}@exemple.fr", "Asso", Profile.Autre);

    private static async Task<JsonElement> ScheduleAsync(OutreachTestBed host, object body)
    {
        using var response = await host.Organiser.PostAsJsonAsync("/api/organisers/reminders", body);
        var json = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == HttpStatusCode.Accepted, json);
        return JsonDocument.Parse(json).RootElement.Clone();
    }

    private static async Task AssertRefusedAsync(OutreachTestBed host, object body, string expected)
    {
        using var response = await host.Organiser.PostAsJsonAsync("/api/organisers/reminders", body);
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains(expected, await response.Content.ReadAsStringAsync());
    }

    private async Task<FakeConnector.Post> OnePostAsync() => Assert.Single(await PostsAsync(1));

    /// <summary>Waits until the fake connector has <paramref name="count"/> messages, then a little longer to see no more come.</summary>
    private async Task<IReadOnlyList<FakeConnector.Post>> PostsAsync(int count)
    {
        var deadline = Stopwatch.StartNew();
        while (_connector.Accepted.Count < count)
        {
            Assert.True(deadline.Elapsed < TimeSpan.FromSeconds(15), $"{_connector.Accepted.Count} of {count} messages arrived.");
            await Task.Delay(50);
        }

        await Task.Delay(300);
        return _connector.Accepted;
    }
}
