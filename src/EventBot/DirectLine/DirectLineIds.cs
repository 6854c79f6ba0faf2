using System.Security.Cryptography;

namespace EventBot.DirectLine;

/// <summary>Random identifiers. Conversation ids are unguessable because they also address the embedded connector.</summary>
internal static class DirectLineIds
{
    /// <summary><paramref name="bytes"/> random bytes in base64url: safe in a path and a query string.</summary>
    public static string Random(int bytes) =>
        Convert.ToBase64String(RandomNumberGenerator.GetBytes(bytes)).TrimEnd('=').Replace('+', '-').Replace('/', '_');
}
