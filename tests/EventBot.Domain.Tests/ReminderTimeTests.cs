using System.Text.Json.Nodes;
using EventBot.Domain.Reminders;
using EventBot.Domain.Seeds;

namespace EventBot.Domain.Tests;

/// <summary>When a reminder goes, from the data: known hours, unknown ones, parcours, events of several days.</summary>
public sealed class ReminderTimeTests
{
    private static readonly ReminderOptions Options = new();
    private static readonly DateTimeOffset Monday = At(14, 9, 0);

    private static DateTimeOffset At(int day, int hour, int minute) => new(2019, 10, day, hour, minute, 0, TimeSpan.FromHours(2));

    private static ReminderTarget Session(string id) => new(ReminderTargetKind.Session, id);

    private static ReminderTarget Parcours(string id) => new(ReminderTargetKind.Parcours, id);

    [Fact]
    public void Without_an_hour_the_reminder_goes_the_evening_before_and_is_useful_until_the_end_of_the_day()
    {
        var time = ReminderTime.Compute(EventDataLoader.Load(RepoFiles.SeedPath), Session("atelier-innovations-sociales"), TimeSpan.FromMinutes(30), Options, Monday)!;

        Assert.False(time.HourKnown);
        Assert.Equal(At(15, 18, 0), time.DueAt);
        Assert.Equal(At(17, 0, 0), time.ExpiresAt);
        Assert.Equal(new DateOnly(2019, 10, 16), time.Day);
    }

    [Fact]
    public void With_an_hour_the_reminder_goes_the_lead_time_before_and_is_useful_until_the_end_or_else_the_start()
    {
        var data = Seed(root => TimeSession(root, "atelier-innovations-sociales", "14:00", "15:30"));
        var withEnd = ReminderTime.Compute(data, Session("atelier-innovations-sociales"), TimeSpan.FromMinutes(45), Options, Monday)!;
        var withoutEnd = ReminderTime.Compute(Seed(root => TimeSession(root, "atelier-innovations-sociales", "14:00", null)),
            Session("atelier-innovations-sociales"), TimeSpan.FromMinutes(45), Options, Monday)!;

        Assert.Equal(At(16, 14, 0), withEnd.Start);
        Assert.Equal(At(16, 13, 15), withEnd.DueAt);
        Assert.Equal(At(16, 15, 30), withEnd.ExpiresAt);
        Assert.Equal(At(16, 14, 0), withoutEnd.ExpiresAt);
    }

    [Fact]
    public void A_parcours_starts_with_its_event_or_with_its_first_session_only_when_every_session_has_an_hour()
    {
        var oneTimed = Seed(root => TimeSession(root, "plateau-radio-initiative-jeunes", "11:00", null));
        var allTimed = Seed(root =>
        {
            TimeSession(root, "plateau-radio-initiative-jeunes", "11:00", null);
            TimeSession(root, "plateau-radio-faire-emerger", "09:30", null);
        });
        var eventTimed = Seed(root =>
        {
            TimeSession(root, "plateau-radio-initiative-jeunes", "11:00", null);
            TimeSession(root, "plateau-radio-faire-emerger", "09:30", null);
            root["events"]!.AsArray().Single(e => (string)e!["id"]! == "pop-up-dev-eco")!["startTime"] = "08:30";
        });

        Assert.False(ReminderTime.Compute(oneTimed, Parcours("emergence"), TimeSpan.FromHours(1), Options, Monday)!.HourKnown);
        Assert.Equal(At(16, 9, 30), ReminderTime.Compute(allTimed, Parcours("emergence"), TimeSpan.FromHours(1), Options, Monday)!.Start);
        Assert.Equal(At(16, 8, 30), ReminderTime.Compute(eventTimed, Parcours("emergence"), TimeSpan.FromHours(1), Options, Monday)!.Start);
    }

    [Fact]
    public void An_event_of_several_days_is_reminded_for_its_next_day_not_over()
    {
        var data = EventDataLoader.Load(RepoFiles.SeedPath);
        var worldForum = new ReminderTarget(ReminderTargetKind.Event, "world-forum");

        Assert.Equal(new DateOnly(2019, 10, 15), ReminderTime.Compute(data, worldForum, TimeSpan.FromHours(1), Options, Monday)!.Day);
        Assert.Equal(new DateOnly(2019, 10, 16), ReminderTime.Compute(data, worldForum, TimeSpan.FromHours(1), Options, At(16, 9, 0))!.Day);
        Assert.Equal(new DateOnly(2019, 10, 17), ReminderTime.Compute(data, worldForum, TimeSpan.FromHours(1), Options, At(18, 9, 0))!.Day);
    }

    [Fact]
    public void Times_are_Lille_times_summer_or_winter()
    {
        Assert.Equal(TimeSpan.FromHours(2), ReminderTime.At(new DateOnly(2019, 10, 16), new TimeOnly(14, 0)).Offset);
        Assert.Equal(TimeSpan.FromHours(1), ReminderTime.At(new DateOnly(2019, 11, 16), new TimeOnly(14, 0)).Offset);
    }

    [Fact]
    public void Something_not_in_the_data_has_no_time() =>
        Assert.Null(ReminderTime.Compute(EventDataLoader.Load(RepoFiles.SeedPath), Session("atelier-inconnu"), TimeSpan.FromHours(1), Options, Monday));

    [Theory]
    [InlineData("le parcours Emergence du Pop-Up dév éco", "du parcours Emergence du Pop-Up dév éco")]
    [InlineData("le plateau radio « X »", "du plateau radio « X »")]
    [InlineData("l'atelier « X »", "de l'atelier « X »")]
    [InlineData("« World Forum »", "de « World Forum »")]
    public void De_is_contracted_before_le(string title, string expected) => Assert.Equal(expected, ReminderTexts.Of(title));

    private static Model.EventData Seed(Action<JsonObject> change)
    {
        var root = JsonNode.Parse(RepoFiles.SeedJson)!.AsObject();
        change(root);
        return EventDataLoader.Parse(root.ToJsonString(), "test");
    }

    private static void TimeSession(JsonObject root, string id, string start, string? end)
    {
        var session = root["parcours"]!.AsArray().SelectMany(p => p!["sessions"]!.AsArray()).Single(s => (string)s!["id"]! == id)!;
        session["startTime"] = start;
        if (end is not null)
        {
            session["endTime"] = end;
        }
    }
}
