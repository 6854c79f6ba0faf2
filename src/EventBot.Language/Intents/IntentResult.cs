using EventBot.Language.Understanding;

namespace EventBot.Language.Intents;

/// <summary>The intent chosen for a message, how sure, and the unknowable subjects it touched.</summary>
public sealed record IntentResult(Intent Intent, double Confidence, IReadOnlyList<string> UnknowableTopics);
