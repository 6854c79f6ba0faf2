namespace EventBot.Language.Understanding;

/// <summary>
/// One thing of the event named in a message. <see cref="Id"/> is the seed id (for a speaker, the
/// speaker's name as in the seeds); <see cref="Score"/> is 1 for an exact match of a name or alias and
/// lower for a fuzzy one.
/// </summary>
public sealed record EntityMatch(EntityKind Kind, string Id, string MatchedText, double Score);
