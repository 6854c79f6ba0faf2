namespace EventBot.Language.Understanding;

/// <summary>
/// One thing of the event named in a message. <see cref="Id"/> is the seed id (for a speaker, the
/// speaker's name as in the seeds); <see cref="Score"/> is 1 for an exact match of a name or alias and
/// lower for a fuzzy one.
/// </summary>
public sealed record EntityMatch(EntityKind Kind, string Id, string MatchedText, double Score)
{
    /// <summary>Index of the first matched token in <see cref="Understanding.Normalised"/>'s tokens.</summary>
    public int TokenStart { get; init; }

    /// <summary>How many normalised tokens the match covers (stop words inside the name included).</summary>
    public int TokenCount { get; init; }
}
