using System.Collections.Concurrent;
using LiteDB;
using static EventBot.Storage.SignUps.SignUpDocuments;

namespace EventBot.Storage.SignUps;

/// <summary>
/// The sign-ups of each user key and each e-mail key, as committed: how a person's sign-ups are found, instead of two
/// LiteDB indexes that every new sign-up had to update (schema 8). "Is this person signed up?", asked at the start and at
/// the end of every sign-up, is nearly always "no" and costs no query at all. Kept by <see cref="LiteDbSignUpService"/>,
/// through which every sign-up is added or removed, under the database's write gate; read by anyone.
/// </summary>
internal sealed class SignedUpKeys
{
    private readonly ConcurrentDictionary<string, string[]> _ids = new(StringComparer.Ordinal);

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
    public bool MayHave(string? userKey, string? email) => IdsOf(userKey, email).Any();

    /// <summary>The ids of the sign-ups of the user key, then of the e-mail (each once).</summary>
    public IEnumerable<string> IdsOf(string? userKey, string? email)
    {
        var byUser = string.IsNullOrEmpty(userKey) ? [] : _ids.GetValueOrDefault(User(userKey), []);
        var byEmail = string.IsNullOrWhiteSpace(email) ? [] : _ids.GetValueOrDefault(Email(KeyOf(email)), []);
        return byUser.Concat(byEmail).Distinct(StringComparer.Ordinal);
    }

    public void Add(BsonDocument signUp)
    {
        var id = signUp["_id"].AsString;
        foreach (var key in KeysOf(signUp))
        {
            _ids.AddOrUpdate(key, [id], (_, ids) => ids.Contains(id, StringComparer.Ordinal) ? ids : [.. ids, id]);
        }
    }

    public void Remove(BsonDocument signUp)
    {
        var id = signUp["_id"].AsString;
        foreach (var key in KeysOf(signUp))
        {
            if (_ids.TryGetValue(key, out var ids))
            {
                var left = ids.Where(other => other != id).ToArray();
                if (left.Length == 0)
                {
                    _ids.TryRemove(key, out _);
                }
                else
                {
                    _ids[key] = left;
                }
            }
        }
    }

    private static IEnumerable<string> KeysOf(BsonDocument signUp) => [User(signUp[UserKey].AsString), Email(signUp[EmailKey].AsString)];

    private static string User(string userKey) => "u:" + userKey;

    private static string Email(string emailKey) => "e:" + emailKey;
}
