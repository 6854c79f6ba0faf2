using EventBot.Domain.Model;
using EventBot.Domain.Reminders;
using Microsoft.Extensions.Options;

namespace EventBot.Dialogs.Rappels;

/// <summary>
/// What a person is told of the reminder their new sign-up brings (the scheduler makes it at its next round): when
/// it goes, and that the hour is unknown when it is. Nothing when they said "stop rappels" or it is already too late.
/// </summary>
public sealed class ReminderNotices(IReminderStore reminders, IOptions<ReminderOptions> options)
{
    public string? ForSignUp(EventData data, string userKey, string parcoursId, DateTimeOffset now)
    {
        var settings = options.Value;
        var time = ReminderTime.Compute(data, new ReminderTarget(ReminderTargetKind.Parcours, parcoursId), settings.DefaultLeadTime, settings, now);
        if (time is null || now >= time.DueAt || reminders.IsStopped(userKey))
        {
            return null;
        }

        return RappelTexts.Automatic(time, settings.DefaultLeadTime);
    }
}
