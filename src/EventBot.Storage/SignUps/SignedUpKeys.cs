using System.Collections.Concurrent;
using LiteDB;
using static EventBot.Storage.SignUps.SignUpDocuments;

namespace EventBot.Storage.SignUps;

/// <summary>
/// The user keys and e-mail keys that have a sign-up, as committed: "is this person signed up?", asked at the start and
/// at the end of every sign-up, is nearly always "no", and is then answered without a query. A key found here is still
/// looked up in the file. Kept by <see cref="LiteDbSignUpService"/>, through which every sign-up is added or removed.
/// </summary>
internal sealed class SignedUpKeys
{
    private readonly ConcurrentDictionary<string, byte> _keys = new(StringComparer.Ordinal);

    /// <summary>Every key of the sign-ups in the file.</summary>
    public static SignedUpKeys ReadFrom(ILiteCollection<BsonDocument> signUps)
    {
        var keys = new SignedUpKeys();
        foreach (var document in signUps.FindAll())
        {
            keys.Add(document);
        }

        return keys;
    }

    /// <summary>False when neither key has a sign-up; true when one may.</summary>
    public bool MayHave(string? userKey, string? email) =>
        (!string.IsNullOrEmpty(userKey) && _keys.ContainsKey(User(userKey)))
        || (!string.IsNullOrWhiteSpace(email) && _keys.ContainsKey(Email(KeyOf(email))));

    public void Add(BsonDocument signUp)
    {
        _keys.TryAdd(User(signUp[UserKey].AsString), 0);
        _keys.TryAdd(Email(signUp[EmailKey].AsString), 0);
    }

    public void Remove(BsonDocument signUp)
    {
        _keys.TryRemove(User(signUp[UserKey].AsString), out _);
        _keys.TryRemove(Email(signUp[EmailKey].AsString), out _);
    }

    private static string User(string userKey) => "u:" + userKey;

    private static string Email(string emailKey) => "e:" + emailKey;
}
