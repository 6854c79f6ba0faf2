namespace EventBot.Domain.SignUps;

/// <summary>
/// Sign-ups for the parcours, with capacities and waiting lists. Every change is committed before it
/// returns, so a confirmation shown to a user survives a crash of the bot (and a power cut too when the
/// storage waits for the disk). Safe for concurrent callers: a parcours never exceeds its capacity.
/// </summary>
public interface ISignUpService
{
    /// <summary>Confirms a place if one is left; otherwise nothing is stored and the outcome is <see cref="SignUpOutcome.Full"/>.</summary>
    SignUpResult SignUp(string parcoursId, Participant participant, string userKey, DateTimeOffset consentAt);

    /// <summary>Adds the person to the parcours's waiting list (or confirms them if a place opened meanwhile).</summary>
    SignUpResult JoinWaitingList(string parcoursId, Participant participant, string userKey, DateTimeOffset consentAt);

    /// <summary>Moves a sign-up to another parcours, if that one has room; the place left is given to the first person waiting.</summary>
    SignUpResult ChangeParcours(string signUpId, string newParcoursId);

    /// <summary>Cancels a sign-up; returns the sign-up promoted from the waiting list into the freed place, if any.</summary>
    SignUp? Cancel(string signUpId);

    /// <summary>The sign-up (confirmed or waiting) made by this channel user, or by this e-mail (any case).</summary>
    SignUp? Find(string? userKey, string? email);

    /// <summary>Places left in a parcours (0 when full).</summary>
    int PlacesLeft(string parcoursId);

    /// <summary>Promotions from the waiting list this user has not been told about yet; marks them told.</summary>
    IReadOnlyList<SignUp> TakeUnseenPromotions(string userKey);

    /// <summary>Everything stored about this user or e-mail (RGPD access).</summary>
    IReadOnlyList<SignUp> PersonalData(string userKey, string? email);

    /// <summary>
    /// Deletes everything stored about this user or e-mail (RGPD erasure): sign-ups and waiting-list entries (a freed
    /// place goes to the first person waiting), their reminders and "stop rappels", the user's conversation reference and proactive messages (queued or sent), Bot Framework UserState and, when given, the state of the
    /// conversation <paramref name="conversationId"/> of the user's channel. Returns how many sign-ups were removed.
    /// </summary>
    /// <remarks>The turn that calls this must also clear its cached ConversationState and UserState, or saving them at
    /// the end of the turn writes them back.</remarks>
    int DeletePersonalData(string userKey, string? email, string? conversationId = null);

    /// <summary>All sign-ups, for organisers, in the order they were made.</summary>
    IReadOnlyList<SignUp> All();

    /// <summary>The confirmed sign-ups, in no particular order (the reminders' round reads them all: no sort).</summary>
    IReadOnlyList<SignUp> Confirmed();

    /// <summary>
    /// The sign-ups confirmed since <paramref name="mark"/> (given by an earlier call; null the first time), so that
    /// a caller following them need not read them all again. <see cref="SignUpChanges.Confirmed"/> is null when that is
    /// not enough: the first time, and after any other change (a cancellation, a move, a promotion, an erasure).
    /// </summary>
    SignUpChanges ConfirmedSince(long? mark);
}

/// <summary>What <see cref="ISignUpService.ConfirmedSince"/> found, and the mark to give next time.</summary>
public sealed record SignUpChanges(IReadOnlyList<SignUp>? Confirmed, long Mark);

public enum SignUpOutcome
{
    Confirmed,
    Waiting,
    Full,
    AlreadySignedUp,
    UnknownParcours,
    NotFound,
}

/// <summary>What happened, with the sign-up as stored, and the position on the waiting list when waiting.</summary>
public sealed record SignUpResult(SignUpOutcome Outcome, SignUp? SignUp = null, int? WaitingPosition = null);
