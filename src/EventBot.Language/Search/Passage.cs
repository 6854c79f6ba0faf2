using EventBot.Language.Understanding;

namespace EventBot.Language.Search;

/// <summary>One searchable piece of the event data: a thing and everything the sources say of it.</summary>
internal sealed record Passage(EntityKind Kind, string Id, string Title, string Text);
