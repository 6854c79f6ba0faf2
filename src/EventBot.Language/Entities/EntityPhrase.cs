using EventBot.Language.Understanding;

namespace EventBot.Language.Entities;

/// <summary>
/// One way of naming an entity, as content tokens, with the score a perfect match of it is worth
/// (1 for a full name or alias, less for a fragment of a long title or a first name alone).
/// </summary>
internal sealed record EntityPhrase(EntityKind Kind, string Id, IReadOnlyList<string> Tokens, double Weight)
{
    /// <summary>The tokens written as one word ("popup", "worldforum"), as people also write names.</summary>
    public string Joined { get; } = string.Concat(Tokens);
}
