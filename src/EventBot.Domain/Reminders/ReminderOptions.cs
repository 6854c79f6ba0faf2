namespace EventBot.Domain.Reminders;

/// <summary>The <c>EventBot:Reminders</c> section.</summary>
public sealed class ReminderOptions
{
    public const string Section = "EventBot:Reminders";

    /// <summary>How long before a session with a known hour its reminder goes, unless the person asked for another lead.</summary>
    public TimeSpan DefaultLeadTime { get; set; } = TimeSpan.FromHours(1);

    /// <summary>When the data gives no hour: the reminder goes the evening before, at this local time.</summary>
    public TimeOnly EveningBeforeAt { get; set; } = new(18, 0);

    /// <summary>A reminder sent later than this after its time (the bot was down) comes with an apology.</summary>
    public TimeSpan LateAfter { get; set; } = TimeSpan.FromMinutes(10);

    /// <summary>How often the background service looks for due reminders.</summary>
    public TimeSpan PollInterval { get; set; } = TimeSpan.FromSeconds(30);
}
