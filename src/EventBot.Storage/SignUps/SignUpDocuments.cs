using EventBot.Domain.SignUps;
using LiteDB;

namespace EventBot.Storage.SignUps;

/// <summary>
/// How a <see cref="SignUp"/> is stored in the <c>signups</c> collection. Written by hand rather than by
/// LiteDB's mapper so that the field names, which the indexes and migrations name, stay fixed.
/// </summary>
internal static class SignUpDocuments
{
    public const string Collection = "signups";

    public const string ParcoursId = "parcoursId";
    public const string Status = "status";
    public const string UserKey = "userKey";
    public const string EmailKey = "emailKey";

    /// <summary>Order of arrival: dates alone tie when many people sign up in the same millisecond.</summary>
    public const string Sequence = "seq";

    public const string PromotionSeen = "promotionSeen";
    public const string PromotedAt = "promotedAt";

    /// <summary>The e-mail as compared: trimmed, lower-cased.</summary>
    public static string KeyOf(string email) => email.Trim().ToLowerInvariant();

    /// <summary>BSON dates keep milliseconds: a sign-up is given the instant it will read back as.</summary>
    public static DateTimeOffset ToStoredPrecision(DateTimeOffset instant) =>
        new(instant.UtcTicks - instant.UtcTicks % TimeSpan.TicksPerMillisecond, TimeSpan.Zero);

    public static BsonDocument ToDocument(SignUp signUp, long sequence) => new()
    {
        ["_id"] = signUp.Id,
        [ParcoursId] = signUp.ParcoursId,
        [Status] = signUp.Status.ToString(),
        [UserKey] = signUp.UserKey,
        ["firstName"] = signUp.Participant.FirstName,
        ["lastName"] = signUp.Participant.LastName,
        ["email"] = signUp.Participant.Email,
        [EmailKey] = KeyOf(signUp.Participant.Email),
        ["organisation"] = signUp.Participant.Organisation,
        ["profile"] = signUp.Participant.Profile.ToString(),
        ["createdAt"] = signUp.CreatedAt.UtcDateTime,
        ["consentAt"] = signUp.ConsentAt.UtcDateTime,
        [PromotedAt] = signUp.PromotedAt is { } promotedAt ? promotedAt.UtcDateTime : BsonValue.Null,
        [PromotionSeen] = signUp.PromotionSeen,
        [Sequence] = sequence,
    };

    public static SignUp ToSignUp(BsonDocument document) => new(
        document["_id"].AsString,
        document[ParcoursId].AsString,
        new Participant(
            document["firstName"].AsString,
            document["lastName"].AsString,
            document["email"].AsString,
            document["organisation"].AsString,
            Enum.Parse<Profile>(document["profile"].AsString)),
        document[UserKey].AsString,
        Enum.Parse<SignUpStatus>(document[Status].AsString),
        ToInstant(document["createdAt"]),
        ToInstant(document["consentAt"]),
        document[PromotedAt].IsNull ? null : ToInstant(document[PromotedAt]),
        document[PromotionSeen].AsBoolean);

    /// <summary>LiteDB hands dates back in local time unless told otherwise; the instant is what matters.</summary>
    private static DateTimeOffset ToInstant(BsonValue value) => new(value.AsDateTime.ToUniversalTime(), TimeSpan.Zero);
}
