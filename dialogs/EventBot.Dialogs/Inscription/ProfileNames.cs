using EventBot.Domain.SignUps;

namespace EventBot.Dialogs.Inscription;

/// <summary>The profiles' French names as the sign-up dialog says them, for the organisers' sign-up list too.</summary>
public static class ProfileNames
{
    public static string Of(Profile profile) => SignUpTexts.ProfileName(profile);
}
