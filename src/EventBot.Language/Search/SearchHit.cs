using EventBot.Language.Understanding;

namespace EventBot.Language.Search;

/// <summary>A passage of the event data that answers a query; <see cref="Confidence"/> in [0,1].</summary>
public sealed record SearchHit(EntityKind Kind, string Id, string Title, string Snippet, double Confidence);
