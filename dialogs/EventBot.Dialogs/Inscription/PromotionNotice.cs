using EventBot.Domain.Model;
using EventBot.Domain.SignUps;

namespace EventBot.Dialogs.Inscription;

/// <summary>What a person given a place from a waiting list is told: sent by the host's outbox, or at their next message.</summary>
public static class PromotionNotice
{
    public static string Text(EventData data, SignUp signUp) => SignUpAnswers.Promoted(data, signUp);
}
