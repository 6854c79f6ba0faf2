namespace EventBot.Domain.SignUps;

/// <summary>
/// The person signing up, as they wrote it. Names and organisation are kept verbatim (shown safely
/// elsewhere); the e-mail is compared without case.
/// </summary>
public sealed record Participant(string FirstName, string LastName, string Email, string Organisation, Profile Profile)
{
    public const int MaxNameLength = 100;
    public const int MaxOrganisationLength = 150;
    public const int MaxEmailLength = 254;
}
