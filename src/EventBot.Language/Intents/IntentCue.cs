using EventBot.Language.Understanding;

namespace EventBot.Language.Intents;

/// <summary>
/// A word or phrase that points at an intent, with how strongly. <see cref="Topic"/> names the
/// unknowable subject ("parking", "prix"…) for <see cref="Intent.Unknowable"/> cues.
/// </summary>
internal sealed record IntentCue(Intent Intent, IReadOnlyList<string> Tokens, double Weight, string? Topic = null);
